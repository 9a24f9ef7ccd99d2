package org.anjuan.ui;

import java.util.List;

/**
 * What the visitor reads before signing: a heading ("档案查阅登记") and the entry's lines — who, which files, what
 * for, what is to be copied, when it is due back — each a name and its value, read-only.
 */
public record SigningSheet(String heading, List<Line> lines, String declaration) {

    public record Line(String name, String value) {
    }

    public SigningSheet {
        lines = List.copyOf(lines);
    }
}
