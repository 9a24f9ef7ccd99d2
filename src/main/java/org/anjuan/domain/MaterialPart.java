package org.anjuan.domain;

/**
 * The pages of one material that go into one volume. Only a material longer than the volume limit is
 * ever cut, so every other part is the whole material.
 *
 * @param material      0-based index of the material in the case's order
 * @param firstPage     1-based first page of the material in this part
 * @param lastPage      1-based last page, inclusive
 * @param wholeMaterial true when the part is the entire material
 */
public record MaterialPart(int material, int firstPage, int lastPage, boolean wholeMaterial) {

    public MaterialPart {
        if (material < 0 || firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException(
                    "bad part: material " + material + " pages " + firstPage + "-" + lastPage);
        }
    }

    public int pages() {
        return lastPage - firstPage + 1;
    }
}
