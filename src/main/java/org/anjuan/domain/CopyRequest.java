package org.anjuan.domain;

/**
 * 摘抄/复制: what the visitor asks to excerpt or copy, and what for. It needs the archive head's approval and a
 * purpose written into the register (SPEC §9, 第十八条).
 *
 * @param pages   which pages, as the visitor says: 第3-7页, 第12页
 * @param purpose 用途
 */
public record CopyRequest(String pages, String purpose) {

    public boolean hasPurpose() {
        return purpose != null && !purpose.isBlank();
    }

    /** 复制、摘抄情况 as one register cell. */
    public String text() {
        String p = pages == null ? "" : pages.strip();
        return hasPurpose() ? p + "（" + purpose.strip() + "）" : p;
    }
}
