package org.anjuan.pdf;

import static org.anjuan.pdf.FormPaper.BOTTOM;
import static org.anjuan.pdf.FormPaper.LEFT;
import static org.anjuan.pdf.FormPaper.MM;
import static org.anjuan.pdf.FormPaper.RIGHT;
import static org.anjuan.pdf.FormPaper.TOP;

import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.CoverSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The 案卷封面 (GB/T 9705 §3.1.2, standards.md §1.2): a double frame inside the margins, "行政执法案卷", the fields
 * in the standard's order on ruled lines, 第 i 卷 共 n 卷, a blank 档号 grid (全宗号 · 目录号 · 案卷号) that the
 * archive fills in by hand, 密级 at the top right when set (§3.6), and an empty square at the lower right for the
 * archive number's code.
 */
final class CoverPage {

    static final float CODE_SIZE = 45 * MM;
    static final PDRectangle CODE_AREA = new PDRectangle(RIGHT - 14 - CODE_SIZE, BOTTOM + 14, CODE_SIZE, CODE_SIZE);

    private static final float INSET = 40;
    private static final float LABEL_WIDTH = 4 * 14;
    private static final float VALUE_X = LEFT + INSET + LABEL_WIDTH + 18;
    private static final float VALUE_WIDTH = RIGHT - INSET - VALUE_X;
    private static final float FIELDS_TOP = TOP - 195;
    private static final float VOLUME_BASELINE = CODE_AREA.getUpperRightY() + 40;

    private final CoverSheet cover;

    CoverPage(CoverSheet cover) {
        this.cover = cover;
    }

    void addTo(PDDocument doc, TextLayout text) {
        try (FormCanvas canvas = new FormCanvas(doc, text)) {
            canvas.box(LEFT, BOTTOM, RIGHT - LEFT, TOP - BOTTOM, FormPaper.FRAME);
            canvas.box(LEFT + 4, BOTTOM + 4, RIGHT - LEFT - 8, TOP - BOTTOM - 8, FormPaper.RULE);
            secrecy(canvas);
            canvas.spread("行政执法案卷", (LEFT + RIGHT) / 2, TOP - 120, 28, 14);
            fields(canvas);
            canvas.centred("第 " + cover.volume() + " 卷　　共 " + cover.volumes() + " 卷",
                    (LEFT + RIGHT) / 2, VOLUME_BASELINE, 16);
            fileNumberGrid(canvas);
        }
    }

    private void secrecy(FormCanvas canvas) {
        if (cover.secrecy() == null || cover.secrecy().isBlank()) {
            return;
        }
        String mark = canvas.layout().printable("密级：" + cover.secrecy().strip());
        float w = canvas.layout().width(mark, 14) + 20;
        float top = TOP - 22;
        canvas.box(RIGHT - 22 - w, top - 26, w, 26, FormPaper.FRAME);
        canvas.left(mark, RIGHT - 12 - w, top - 18, 14);
    }

    /**
     * Values are 14 pt. A long 全宗名称 shrinks to stay on one line (not below 12 pt), a long 案卷题名 to stay
     * within three (not below 11 pt, and further only if the page would otherwise overflow); then the ruled lines
     * close up so that everything fits above 第 i 卷 共 n 卷. Nothing is ever cut.
     */
    private void fields(FormCanvas canvas) {
        TextLayout text = canvas.layout();
        Field fonds = shrink(text, "全宗名称", cover.fonds(), 1, 12);
        Field title = null;
        float pitch = 0;
        for (float size = 14; size >= 8; size -= size > 11 ? 1 : 0.5f) {
            title = field(text, "案卷题名", cover.title(), size, 2);
            pitch = pitch(fonds.lines.size() + title.lines.size() + 5);
            if (title.lines.size() <= 3 && size >= 11 || size <= 11 && pitch >= 2 * size) {
                break;
            }
        }
        List<Field> fields = List.of(fonds, field(text, "类目名称", cover.category(), 14, 1), title,
                field(text, "时　　间", cover.period(), 14, 1), field(text, "保管期限", cover.retention(), 14, 1),
                field(text, "件、页数", "共 " + cover.items() + " 件　" + cover.pages() + " 页", 14, 1),
                field(text, "归 档 号", cover.archiveNumber(), 18, 1));
        draw(canvas, fields, pitch);
    }

    /** The value in the largest size that keeps it within {@code lines}; 14 pt if even the smallest does not. */
    private static Field shrink(TextLayout text, String label, String value, int lines, float smallest) {
        for (float size = 14; size >= smallest; size--) {
            Field f = field(text, label, value, size, 1);
            if (f.lines.size() <= lines) {
                return f;
            }
        }
        return field(text, label, value, 14, 1);
    }

    /** The distance between ruled lines for this many lines (the archive number's line counts 1.2). */
    private static float pitch(int lines) {
        return Math.min(14 * 2.6f, (FIELDS_TOP - VOLUME_BASELINE - 24) / (lines + 0.2f));
    }

    private static Field field(TextLayout text, String label, String value, float size, int minLines) {
        List<String> lines = new ArrayList<>(text.wrap(value, size, VALUE_WIDTH - 10));
        while (lines.size() < minLines) {
            lines.add("");
        }
        return new Field(label, lines, size);
    }

    private static void draw(FormCanvas canvas, List<Field> fields, float pitch) {
        float baseline = FIELDS_TOP;
        for (Field f : fields) {
            float step = f.size > 14 ? pitch * 1.2f : pitch;
            canvas.justified(f.label, LEFT + INSET, LABEL_WIDTH, baseline, 14);
            for (String line : f.lines) {
                canvas.left(line, VALUE_X + 4, baseline, f.size);
                float rule = baseline - Math.min(7, f.size / 2);
                canvas.line(VALUE_X, rule, VALUE_X + VALUE_WIDTH, rule, FormPaper.RULE);
                baseline -= step;
            }
        }
    }

    /** 档号 = 全宗号 + 目录号 + 案卷号 (standards.md §1.2), written in by the archive that receives the volume. */
    private static void fileNumberGrid(FormCanvas canvas) {
        String[] heads = {"全宗号", "目录号", "案卷号"};
        float cell = 68;
        float x = LEFT + INSET;
        float y = CODE_AREA.getLowerLeftY();
        canvas.box(x, y, cell * heads.length, 56, FormPaper.RULE);
        canvas.line(x, y + 32, x + cell * heads.length, y + 32, FormPaper.RULE);
        for (int i = 0; i < heads.length; i++) {
            if (i > 0) {
                canvas.line(x + cell * i, y, x + cell * i, y + 56, FormPaper.RULE);
            }
            canvas.centred(heads[i], x + cell * i + cell / 2, y + 39, 12);
        }
    }

    private record Field(String label, List<String> lines, float size) {
    }
}
