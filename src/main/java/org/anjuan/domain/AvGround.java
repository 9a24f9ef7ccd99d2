package org.anjuan.domain;

import java.util.Optional;

/**
 * What the recording itself shows that obliges the office to keep it long-term, on disc or a dedicated disk
 * in its original format: the items of 第十五条 of the 案卷管理办法 that only the clerk can tell from the record.
 * Items the register already knows from the case (复议/诉讼, 行政强制) are found by {@link AvLongTermRule}.
 */
public enum AvGround implements Labelled {
    RIGHTS("重大权益", "第十五条（一）", "涉及人身自由、生命健康、重大财产权益的执法活动（如查封、扣押、强制执行）"),
    OBJECTION("异议投诉", "第十五条（二）", "行政相对人对现场执法有异议，或者投诉、上访"),
    OBSTRUCTION("阻碍执法", "第十五条（三）", "行政相对人逃避、拒绝、阻碍执法，或者谩骂、侮辱、殴打执法人员"),
    CRIME("涉嫌犯罪", "第十五条（四）", "涉嫌刑事犯罪的现场活动"),
    OTHER("其他", "第十五条（五）", "其他需要长期保存的情况");

    private final String label;
    private final String article;
    private final String reason;

    AvGround(String label, String article, String reason) {
        this.label = label;
        this.article = article;
        this.reason = reason;
    }

    @Override
    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    public String reason() {
        return reason;
    }

    public static Optional<AvGround> fromLabel(String text) {
        return Labelled.find(AvGround.class, text);
    }

    public static String allLabels() {
        return Labelled.all(AvGround.class);
    }
}
