package org.anjuan.app;

import java.util.List;

/** DIR/bind-report.json: what was bound, in the shape other tools read (field order as written). */
public record BindReport(List<Volume> volumes, Retention retention, List<String> warnings) {

    public record Volume(String file, String archiveNumber, int volume, int of, int numberedPages,
                         List<Item> materials, boolean secondary) {
    }

    public record Item(int seq, String title, int startPage, int endPage) {
    }

    public record Retention(String period, List<String> articles) {
    }
}
