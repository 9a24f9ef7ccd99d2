package org.anjuan.pdf;

import static org.anjuan.pdf.FormPaper.BOTTOM;
import static org.anjuan.pdf.FormPaper.LEFT;
import static org.anjuan.pdf.FormPaper.MM;
import static org.anjuan.pdf.FormPaper.TABLE_SIZE;
import static org.anjuan.pdf.FormPaper.TOP;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.DirectoryRow;

/**
 * Where the 卷内目录's rows fall: each cell wrapped to its column, each row as tall as its tallest cell, and rows
 * put on pages whole. Only a row taller than a whole page (a title of several hundred characters) is split, line
 * by line. Computed without drawing, so the binder knows the page count first.
 */
final class DirectoryLayout {

    static final String[] HEADS = {"顺序号", "文号", "责任者", "题名", "日期", "页号", "备注"};
    /** Column widths in mm; together the 170 mm between the margins. */
    private static final float[] WIDTHS_MM = {13, 26, 25, 59, 18, 15, 14};
    static final float[] EDGES = edges();
    static final float TABLE_TOP = TOP - 62;
    static final float TABLE_BOTTOM = BOTTOM + 26;
    static final float HEAD_HEIGHT = 28;
    static final float MIN_ROW = 24;
    static final float LEADING = 13.5f;
    static final float PAD_X = 2.5f;
    private static final float PAD_Y = 5;
    private static final float BODY = TABLE_TOP - HEAD_HEIGHT - TABLE_BOTTOM;

    private final TextLayout text;

    DirectoryLayout(TextLayout text) {
        this.text = text;
    }

    /** One laid-out row: each column's lines; height in points. */
    record Row(List<List<String>> cells, float height) {
    }

    List<List<Row>> pages(List<DirectoryRow> rows) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        float used = 0;
        for (DirectoryRow source : rows) {
            for (Row row : fitToPage(lay(source))) {
                if (used + row.height() > BODY + 0.01f && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(row);
                used += row.height();
            }
        }
        pages.add(page);
        return pages;
    }

    static float columnWidth(int column) {
        return EDGES[column + 1] - EDGES[column];
    }

    private Row lay(DirectoryRow r) {
        String[] values = {r.seq() > 0 ? String.valueOf(r.seq()) : "", r.docNo(), r.author(), r.title(), r.date(),
            r.pages(), r.remarks()};
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            cells.add(text.wrap(values[i], TABLE_SIZE, columnWidth(i) - 2 * PAD_X));
        }
        return new Row(cells, height(cells));
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(0);
        return Math.max(MIN_ROW, lines * LEADING + 2 * PAD_Y);
    }

    private static List<Row> fitToPage(Row row) {
        if (row.height() <= BODY) {
            return List.of(row);
        }
        int perPage = (int) ((BODY - 2 * PAD_Y) / LEADING);
        int lines = row.cells().stream().mapToInt(List::size).max().orElse(0);
        List<Row> parts = new ArrayList<>();
        for (int from = 0; from < lines; from += perPage) {
            List<List<String>> cells = new ArrayList<>();
            for (List<String> cell : row.cells()) {
                cells.add(cell.subList(Math.min(from, cell.size()), Math.min(from + perPage, cell.size())));
            }
            parts.add(new Row(cells, height(cells)));
        }
        return parts;
    }

    private static float[] edges() {
        float[] edges = new float[WIDTHS_MM.length + 1];
        edges[0] = LEFT;
        for (int i = 0; i < WIDTHS_MM.length; i++) {
            edges[i + 1] = edges[i] + WIDTHS_MM[i] * MM;
        }
        return edges;
    }
}
