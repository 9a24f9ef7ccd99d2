package org.anjuan.casefolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;

/**
 * A case folder as read from its case.yaml: the case, and the scanned PDFs its materials point to.
 *
 * @param folder   the folder's absolute, normalised path
 * @param caseFile the case (id null); a scanned material's pages are provisional until the PDF is counted
 * @param scans    one entry per material with a file, in material order
 */
public record CaseFolder(Path folder, CaseFile caseFile, List<Scan> scans) {

    /**
     * A material's scan.
     *
     * @param index         the material's position in {@link CaseFile#materials()}, from 0
     * @param pdf           the absolute path of the PDF
     * @param declaredPages the page count case.yaml states; empty when only the PDF can tell
     */
    public record Scan(int index, Path pdf, OptionalInt declaredPages) {
    }

    public CaseFolder {
        scans = List.copyOf(scans);
    }

    public Optional<Scan> scanOf(int materialIndex) {
        return scans.stream().filter(s -> s.index() == materialIndex).findFirst();
    }

    /** The same folder with each scanned material's pages set to its PDF's count (same order as scans). */
    CaseFolder withCountedPages(List<Integer> counts) {
        List<Material> materials = new ArrayList<>(caseFile.materials());
        for (int i = 0; i < scans.size(); i++) {
            int index = scans.get(i).index();
            materials.set(index, materials.get(index).withPages(counts.get(i)));
        }
        return new CaseFolder(folder, caseFile.withMaterials(materials), scans);
    }
}
