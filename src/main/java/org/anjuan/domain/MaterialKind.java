package org.anjuan.domain;

import java.util.Optional;

/** What a material is; photos and AV items are filed like documents but checked differently. */
public enum MaterialKind implements Labelled {
    DOCUMENT("文书"),
    EVIDENCE("证据"),
    PHOTO("照片"),
    AUDIO_VIDEO("音像资料"),
    EXHIBIT_NOTE("证物说明"),
    OTHER("其他");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<MaterialKind> fromLabel(String text) {
        return Labelled.find(MaterialKind.class, text);
    }
}
