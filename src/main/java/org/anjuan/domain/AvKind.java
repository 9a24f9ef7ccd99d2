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

    /** The kind a stored file's extension suggests, when the clerk does not say: a camera's file is a video. */
    public static AvKind guess(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "mp4", "mov", "avi", "mkv", "wmv", "mpg", "mpeg", "ts", "3gp", "flv", "m4v" -> VIDEO;
            case "mp3", "wav", "m4a", "amr", "aac", "wma", "flac", "ogg" -> AUDIO;
            case "jpg", "jpeg", "png", "heic", "tif", "tiff", "bmp", "raw", "dng" -> PHOTOS;
            default -> name.isEmpty() ? VIDEO : ELECTRONIC;
        };
    }

    public static String allLabels() {
        return Labelled.all(AvKind.class);
    }
}
