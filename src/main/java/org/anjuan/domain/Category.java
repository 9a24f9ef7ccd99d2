package org.anjuan.domain;

import java.util.Optional;

/** 行政执法类别: the kind of enforcement action a case file records. Labels are the keys used in case.yaml. */
public enum Category implements Labelled {
    PERMIT("行政许可", "行政许可"),
    PUNISHMENT_GENERAL("行政处罚一般程序", "行政处罚"),
    PUNISHMENT_SIMPLE("行政处罚简易程序", "行政处罚"),
    COERCION("行政强制", "行政强制"),
    EXPROPRIATION("行政征收征用", "行政征收征用"),
    INSPECTION("行政检查", "行政检查"),
    OTHER("其他", "其他行政执法");

    private final String label;
    private final String boxLabel;

    Category(String label, String boxLabel) {
        this.label = label;
        this.boxLabel = boxLabel;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * 案卷类别 as an archive box shows it (第八条). Both punishment procedures share the word 罚 and one number
     * sequence, so their volumes share boxes and the box says 行政处罚.
     */
    public String boxLabel() {
        return boxLabel;
    }

    /** Accepts the label (行政处罚一般程序) or the enum name (PUNISHMENT_GENERAL). */
    public static Optional<Category> fromLabel(String text) {
        return Labelled.find(Category.class, text);
    }

    public static String allLabels() {
        return Labelled.all(Category.class);
    }
}
