package org.anjuan.pdf;

import static org.anjuan.pdf.DirectoryLayout.EDGES;
import static org.anjuan.pdf.DirectoryLayout.HEAD_HEIGHT;
import static org.anjuan.pdf.DirectoryLayout.LEADING;
import static org.anjuan.pdf.DirectoryLayout.MIN_ROW;
import static org.anjuan.pdf.DirectoryLayout.PAD_X;
import static org.anjuan.pdf.DirectoryLayout.TABLE_BOTTOM;
import static org.anjuan.pdf.DirectoryLayout.TABLE_TOP;
import static org.anjuan.pdf.FormPaper.BOTTOM;
import static org.anjuan.pdf.FormPaper.LEFT;
import static org.anjuan.pdf.FormPaper.RIGHT;
import static org.anjuan.pdf.FormPaper.TABLE_SIZE;
import static org.anjuan.pdf.FormPaper.TOP;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Draws the 卷内目录 (standards.md §1.5): heading and archive number on every page, the ruled table with its
 * header row repeated, blank ruled rows down to the foot as on a printed form, and "第 i 页 共 n 页". Only 题名
 * is set flush left; the short columns are centred.
 */
final class DirectoryPages {

    private static final int TITLE_COLUMN = 3;

    private final String archiveNumber;
    private final List<List<DirectoryLayout.Row>> pages;

    DirectoryPages(String archiveNumber, List<List<DirectoryLayout.Row>> pages) {
        this.archiveNumber = archiveNumber;
        this.pages = pages;
    }

    void addTo(PDDocument doc, TextLayout text) {
        for (int i = 0; i < pages.size(); i++) {
            try (FormCanvas canvas = new FormCanvas(doc, text)) {
                canvas.spread("卷内目录", (LEFT + RIGHT) / 2, TOP - 22, FormPaper.HEADING_SIZE, 12);
                canvas.left("归档号：" + (archiveNumber == null ? "" : archiveNumber), LEFT, TOP - 48, 12);
                float y = header(canvas);
                for (DirectoryLayout.Row row : pages.get(i)) {
                    row(canvas, row, y);
                    y -= row.height();
                }
                while (y - MIN_ROW >= TABLE_BOTTOM - 0.01f) {
                    canvas.line(LEFT, y - MIN_ROW, RIGHT, y - MIN_ROW, FormPaper.RULE);
                    y -= MIN_ROW;
                }
                grid(canvas, y);
                canvas.centred("第 " + (i + 1) + " 页　共 " + pages.size() + " 页", (LEFT + RIGHT) / 2, BOTTOM + 4,
                        TABLE_SIZE);
            }
        }
    }

    private static float header(FormCanvas canvas) {
        for (int c = 0; c < DirectoryLayout.HEADS.length; c++) {
            canvas.centred(DirectoryLayout.HEADS[c], (EDGES[c] + EDGES[c + 1]) / 2,
                    baseline(TABLE_TOP, HEAD_HEIGHT, 1, 0, 11), 11);
        }
        canvas.line(LEFT, TABLE_TOP - HEAD_HEIGHT, RIGHT, TABLE_TOP - HEAD_HEIGHT, FormPaper.RULE);
        return TABLE_TOP - HEAD_HEIGHT;
    }

    private static void row(FormCanvas canvas, DirectoryLayout.Row row, float top) {
        for (int c = 0; c < row.cells().size(); c++) {
            List<String> lines = row.cells().get(c);
            for (int k = 0; k < lines.size(); k++) {
                float baseline = baseline(top, row.height(), lines.size(), k, TABLE_SIZE);
                if (c == TITLE_COLUMN) {
                    canvas.left(lines.get(k), EDGES[c] + PAD_X, baseline, TABLE_SIZE);
                } else {
                    canvas.centred(lines.get(k), (EDGES[c] + EDGES[c + 1]) / 2, baseline, TABLE_SIZE);
                }
            }
        }
        canvas.line(LEFT, top - row.height(), RIGHT, top - row.height(), FormPaper.RULE);
    }

    /** Baseline of line {@code k} of {@code n}, the block centred in the row; a CJK glyph rises ~0.85 em above it. */
    private static float baseline(float top, float height, int n, int k, float size) {
        float block = size + (n - 1) * LEADING;
        return top - (height - block) / 2 - 0.85f * size - k * LEADING;
    }

    private static void grid(FormCanvas canvas, float bottom) {
        canvas.box(LEFT, bottom, RIGHT - LEFT, TABLE_TOP - bottom, FormPaper.FRAME);
        for (int c = 1; c < EDGES.length - 1; c++) {
            canvas.line(EDGES[c], bottom, EDGES[c], TABLE_TOP, FormPaper.RULE);
        }
    }
}
