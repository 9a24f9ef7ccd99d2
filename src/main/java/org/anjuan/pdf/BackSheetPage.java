package org.anjuan.pdf;

import static org.anjuan.pdf.FormPaper.BOTTOM;
import static org.anjuan.pdf.FormPaper.LEFT;
import static org.anjuan.pdf.FormPaper.RIGHT;
import static org.anjuan.pdf.FormPaper.TOP;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.BackSheet;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The 卷内备考表 (GB/T 9705 §5, standards.md §1.6): one frame holding 本卷情况说明 and, below a rule, 立卷人,
 * 检查人 and 立卷时间 on signature lines. Notes that overflow the frame go on to another page (本卷情况说明（续）);
 * the signatures are only on the last page.
 */
final class BackSheetPage {

    private static final float SIZE = 13;
    private static final float LEADING = 26;
    private static final float PAD = 28;
    private static final float FRAME_TOP = TOP - 62;
    private static final float FRAME_BOTTOM = BOTTOM + 22;
    private static final float FIRST_BASELINE = FRAME_TOP - 66;
    private static final float SIGN_HEIGHT = 3 * 34 + 30;
    private static final float SIGN_LABEL_X = LEFT + 250;
    private static final float SIGN_LINE_END = RIGHT - PAD;

    private final BackSheet sheet;

    BackSheetPage(BackSheet sheet) {
        this.sheet = sheet;
    }

    void addTo(PDDocument doc, TextLayout text) {
        List<List<String>> pages = paginate(lines(text));
        for (int i = 0; i < pages.size(); i++) {
            boolean last = i == pages.size() - 1;
            try (FormCanvas canvas = new FormCanvas(doc, text)) {
                canvas.spread("卷内备考表", (LEFT + RIGHT) / 2, TOP - 22, FormPaper.HEADING_SIZE, 12);
                canvas.left("归档号：" + (sheet.archiveNumber() == null ? "" : sheet.archiveNumber()), LEFT, TOP - 48, 12);
                canvas.box(LEFT, FRAME_BOTTOM, RIGHT - LEFT, FRAME_TOP - FRAME_BOTTOM, FormPaper.FRAME);
                canvas.left(i == 0 ? "本卷情况说明" : "本卷情况说明（续）", LEFT + 16, FRAME_TOP - 30, 14);
                float y = FIRST_BASELINE;
                for (String line : pages.get(i)) {
                    canvas.left(line, LEFT + PAD, y, SIZE);
                    y -= LEADING;
                }
                if (last) {
                    signatures(canvas);
                }
                if (pages.size() > 1) {
                    canvas.centred("第 " + (i + 1) + " 页　共 " + pages.size() + " 页", (LEFT + RIGHT) / 2, BOTTOM + 4,
                            FormPaper.TABLE_SIZE);
                }
            }
        }
    }

    private List<String> lines(TextLayout text) {
        List<String> lines = new ArrayList<>();
        for (String note : sheet.notes()) {
            lines.addAll(text.wrap(note, SIZE, RIGHT - LEFT - 2 * PAD, "\u3000\u3000"));
        }
        return lines;
    }

    /** Fills pages; the last one also needs room for the signatures, so it is never left with nothing but them. */
    private static List<List<String>> paginate(List<String> lines) {
        int full = capacity(FRAME_BOTTOM);
        int last = capacity(FRAME_BOTTOM + SIGN_HEIGHT);
        List<List<String>> pages = new ArrayList<>();
        int from = 0;
        while (lines.size() - from > last) {
            int take = Math.min(full, lines.size() - from - 1);
            pages.add(lines.subList(from, from + take));
            from += take;
        }
        pages.add(lines.subList(from, lines.size()));
        return pages;
    }

    private static int capacity(float floor) {
        return (int) ((FIRST_BASELINE - floor - 14) / LEADING) + 1;
    }

    private void signatures(FormCanvas canvas) {
        float top = FRAME_BOTTOM + SIGN_HEIGHT;
        canvas.line(LEFT, top, RIGHT, top, FormPaper.RULE);
        String[][] rows = {{"立卷人", sheet.compiler()}, {"检查人", sheet.checker()}, {"立卷时间", sheet.date()}};
        float baseline = top - 40;
        for (String[] row : rows) {
            canvas.justified(row[0], SIGN_LABEL_X, 4 * 14, baseline, 14);
            canvas.left("：", SIGN_LABEL_X + 4 * 14, baseline, 14);
            float valueX = SIGN_LABEL_X + 5 * 14 + 6;
            canvas.left(row[1], valueX + 6, baseline, 14);
            canvas.line(valueX, baseline - 6, SIGN_LINE_END, baseline - 6, FormPaper.RULE);
            baseline -= 34;
        }
    }
}
