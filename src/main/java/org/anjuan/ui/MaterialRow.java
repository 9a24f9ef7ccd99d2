package org.anjuan.ui;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.Material;
import org.anjuan.i18n.Messages;

/**
 * One line of the material table: the sequence number (顺序号, 第八条) is the material's position in the
 * case's order. {@code flagged} marks a copy without its 与原件核对无误 details (第六条); {@code notes} are the
 * row's 提示 (warnings and blank pages), filled in once the scan has been inspected.
 */
public record MaterialRow(int seq, String title, String docNo, String author, String date, int pages,
                          String remark, boolean flagged, MaterialNotes notes) {

    public MaterialRow withNotes(MaterialNotes newNotes) {
        return new MaterialRow(seq, title, docNo, author, date, pages, remark, flagged, newNotes);
    }

    public static List<MaterialRow> of(List<Material> materials, Messages messages, DateText dates) {
        List<MaterialRow> rows = new ArrayList<>(materials.size());
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            rows.add(new MaterialRow(i + 1, m.title(), nullToEmpty(m.docNo()), nullToEmpty(m.author()),
                    dates.format(m.date()), m.pages(), remark(m, messages), m.isUnverifiedCopy(),
                    MaterialNotes.NONE));
        }
        return rows;
    }

    /** 纸质 or 扫描件 with its file name, then 复印件 / 复印件未核对 and 副卷, joined with "；". */
    static String remark(Material m, Messages messages) {
        List<String> parts = new ArrayList<>();
        parts.add(m.isPaperOnly() ? messages.text("materials.remark.paper")
                : messages.text("materials.remark.scan", fileName(m.file())));
        if (m.isUnverifiedCopy()) {
            parts.add(messages.text("materials.remark.unverified"));
        } else if (m.isCopy()) {
            parts.add(messages.text("materials.remark.copy"));
        }
        if (m.secondary()) {
            parts.add(messages.text("materials.remark.secondary"));
        }
        return String.join(messages.text("materials.remark.separator"), parts);
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
