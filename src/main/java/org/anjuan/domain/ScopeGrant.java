package org.anjuan.domain;

/**
 * The record that a visitor is within the 知悉范围 of a 副卷 or a secret or restricted file (第七条、第十七条):
 * who confirmed it (the head who approved) and on what basis (承办人, 法制审核, 上级机关执法监督…).
 */
public record ScopeGrant(String confirmedBy, String basis) {

    public ScopeGrant {
        if (confirmedBy == null || confirmedBy.isBlank() || basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("a scope grant needs who confirmed it and its basis");
        }
        confirmedBy = confirmedBy.strip();
        basis = basis.strip();
    }
}
