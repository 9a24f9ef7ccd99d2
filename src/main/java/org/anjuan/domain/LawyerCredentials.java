package org.anjuan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a lawyer acting for a party showed at the desk, each recorded as seen (SPEC §9; standards.md §5.2):
 * 授权委托书 (the party's letter of authorisation), 律师事务所函 (the firm's letter) and 律师执业证.
 */
public record LawyerCredentials(boolean authorisation, boolean firmLetter, boolean licence) {

    public static final LawyerCredentials NONE = new LawyerCredentials(false, false, false);

    public boolean complete() {
        return authorisation && firmLetter && licence;
    }

    /** The papers not yet seen, by their Chinese names. */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        if (!authorisation) {
            m.add("授权委托书");
        }
        if (!firmLetter) {
            m.add("律师事务所函");
        }
        if (!licence) {
            m.add("律师执业证");
        }
        return m;
    }
}
