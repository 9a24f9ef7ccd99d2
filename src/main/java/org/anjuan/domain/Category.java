package org.anjuan.domain;

import java.util.Optional;

/** 行政执法类别: the kind of enforcement action a case file records. Labels are the keys used in case.yaml. */
public enum Category implements Labelled {
    PERMIT("行政许可"),
    PUNISHMENT_GENERAL("行政处罚一般程序"),
    PUNISHMENT_SIMPLE("行政处罚简易程序"),
    COERCION("行政强制"),
    EXPROPRIATION("行政征收征用"),
    INSPECTION("行政检查"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepts the label (行政处罚一般程序) or the enum name (PUNISHMENT_GENERAL). */
    public static Optional<Category> fromLabel(String text) {
        return Labelled.find(Category.class, text);
    }

    public static String allLabels() {
        return Labelled.all(Category.class);
    }
}
