package org.anjuan.domain;

/**
 * A bound volume as the ledger lends it: found by the archive number on its cover (一卷一号, so the number names
 * the volume), with the page count the return is checked against and what restricts who may see it.
 *
 * @param pages          numbered pages of the volume, counted again on return
 * @param secondary      副卷 (第七条)
 * @param secrecyLevel   the case's 密级, or null
 * @param knowledgeScope the case's 知悉范围, or null (第十七条)
 */
public record LedgerVolume(String archiveNumber, long caseId, int volume, int volumes, String title, int pages,
                           boolean secondary, String secrecyLevel, String knowledgeScope) {

    /** A 副卷, a secret case, or a case whose 知悉范围 is limited: shown only within that scope. */
    public boolean restricted() {
        return secondary || present(secrecyLevel) || present(knowledgeScope);
    }

    /** Why it is restricted, as the refusal says it: 副卷, 密级 秘密, 限定知悉范围. */
    public String restriction() {
        if (secondary) {
            return "副卷";
        }
        if (present(secrecyLevel)) {
            return "密级 " + secrecyLevel.strip();
        }
        return present(knowledgeScope) ? "限定知悉范围（" + knowledgeScope.strip() + "）" : "";
    }

    /** 第 i 卷 共 n 卷 when the case has several volumes. */
    public String volumeText() {
        return volumes > 1 ? "第" + volume + "卷 共" + volumes + "卷" : "";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
