package org.anjuan.domain;

import java.util.Optional;

/** What an audio/video or electronic record is (音像记录, 第十四条): the words a clerk writes on the 制作说明. */
public enum AvKind implements Labelled {
    VIDEO("录像"),
    AUDIO("录音"),
    PHOTOS("照片"),
    ELECTRONIC("电子数据");

    private final String label;

    AvKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<AvKind> fromLabel(String text) {
        return Labelled.find(AvKind.class, text);
    }

    public static String allLabels() {
        return Labelled.all(AvKind.class);
    }
}
