package org.anjuan.domain;

/**
 * A 补正 (第九条: 归档材料遗漏或者不符合要求的，应当及时补正): what was wrong in the bound file and what the clerk
 * did about it. No approval is needed, but both must be written down.
 */
public record Correction(String wrong, String done) {

    public Correction {
        wrong = Addition.strip(wrong);
        done = Addition.strip(done);
        if (wrong == null) {
            throw new AnjuanException("supplement.correct.noWhat");
        }
        if (done == null) {
            throw new AnjuanException("supplement.correct.noDone");
        }
    }
}
