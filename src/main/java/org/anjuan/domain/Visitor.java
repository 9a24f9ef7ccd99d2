package org.anjuan.domain;

/**
 * The person at the archive's desk, as the register writes them.
 *
 * @param idType   证件类型: 身份证, 工作证, 律师执业证, 介绍信…
 * @param idNumber 证件号码
 */
public record Visitor(String name, String unit, VisitorCategory category, String idType, String idNumber,
                      String phone) {

    public Visitor {
        if (category == null) {
            throw new IllegalArgumentException("a visitor category is required");
        }
    }

    /** 证件名称及号码 as one register cell. */
    public String idDocument() {
        String type = idType == null ? "" : idType.strip();
        String number = idNumber == null ? "" : idNumber.strip();
        return (type + " " + number).strip();
    }
}
