package org.anjuan.domain;

/** 密级, 保密期限, 解密条件 and 知悉范围 of a case, set under the state secrecy rules (第七条、第十七条). */
public record Secrecy(String level, String term, String declassifyCondition, String knowledgeScope) {

    public static final Secrecy NONE = new Secrecy(null, null, null, null);

    public boolean isSet() {
        return level != null && !level.isBlank();
    }
}
