package org.anjuan.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a material is; photos and AV items are filed like documents but checked differently. */
public enum MaterialKind {
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

    public String label() {
        return label;
    }

    public static Optional<MaterialKind> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(k -> k.label.equals(t) || k.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
