package org.anjuan.report;

import static org.anjuan.report.FormPdf.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerRow;
import org.anjuan.domain.LedgerSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LedgerReportTest {

    private static final int ROWS = 13;
    private static final float PITCH = 29;
    /** The bottom of the column heads, in PDF points from the bottom edge: 57 + 58 + 36 from the top of 595. */
    private static final float HEADS_BOTTOM = 595 - 151;
    private static final float TABLE_BOTTOM = HEADS_BOTTOM - ROWS * PITCH;
    /** Column edges in points from the page's left edge, as in the templates (left margin 71). */
    private static final float[] LENDING = edges(22, 46, 42, 66, 58, 80, 96, 60, 38, 46, 46, 48, 38, 42);
    private static final float[] CONSULTATION = edges(22, 46, 42, 72, 88, 62, 120, 70, 40, 70, 54, 42);

    private final FormReports forms = new FormReports();

    @ParameterizedTest
    @EnumSource(LedgerKind.class)
    void aRegisterWithNoRowsIsOneLandscapePageOfThirteenEmptyRuledRows(LedgerKind kind) throws IOException {
        LedgerSheet blank = new LedgerSheet(kind, "厦门市国防动员办公室", null, List.of());
        try (PDDocument doc = FormPdf.load(forms.ledger(blank))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4Landscape(doc);
            FormPdf.assertEmbeddedSubset(doc);
            FormPdf.assertInsideLandscapeMargins(FormPdf.glyphs(doc));
            assertThat(FormPdf.text(doc, 1)).contains(kind == LedgerKind.LENDING ? "档案借阅登记簿" : "档案查阅登记簿", "全宗名称：厦门市国防动员办公室", "起止时间：年月日至年月日",
                    kind == LedgerKind.LENDING ? "借阅人签字" : "查阅人签字", "第1页共1页");
            assertThat(FormPdf.glyphs(doc)).noneMatch(g -> g.top() < HEADS_BOTTOM && g.bottom() > TABLE_BOTTOM);
            assertThat(ruledRows(doc, 1)).isEqualTo(ROWS);
            // the grid's columns are those the heads and the rows are written in
            float[] edges = kind == LedgerKind.LENDING ? LENDING : CONSULTATION;
            List<Float> columns = FormPdf.rules(doc, 1).stream().filter(r -> !r.horizontal() && r.length() > 400)
                    .map(r -> (float) Math.round(r.x1())).distinct().sorted().toList();
            assertThat(columns).hasSize(edges.length);
            for (int i = 0; i < edges.length; i++) {
                assertThat(columns.get(i)).isCloseTo(edges[i], Offset.offset(1f));
            }
        }
    }

    @Test
    void rowsFillTheRuledLinesFromTheTopAndTheRestStayEmpty() throws IOException {
        LedgerSheet sheet = FormSamples.ledger(LedgerKind.LENDING, 16);
        try (PDDocument doc = FormPdf.load(forms.ledger(sheet))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            FormPdf.assertA4Landscape(doc);
            FormPdf.assertInsideLandscapeMargins(FormPdf.glyphs(doc));
            for (int page = 1; page <= 2; page++) {
                assertThat(FormPdf.text(doc, page)).contains("档案借阅登记簿", "起止时间：2024年1月1日至2024年12月31日",
                        "序号借阅日期借阅人姓名单位（部门）联系方式档号档案名称借阅事由审批人应还日期实际归还日期借阅人签字经手人备注",
                        "第" + page + "页共2页");
                    assertThat(ruledRows(doc, page)).isEqualTo(ROWS);
            }
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            for (int i = 0; i < sheet.rows().size(); i++) {
                LedgerRow row = sheet.rows().get(i);
                int page = 1 + i / ROWS;
                int line = i % ROWS;
                assertThat(cell(glyphs, LENDING, page, 0, line)).isEqualTo(String.valueOf(row.seq()));
                assertThat(cell(glyphs, LENDING, page, 1, line)).isEqualTo(row.date());
                assertThat(cell(glyphs, LENDING, page, 2, line)).isEqualTo(row.name());
                assertThat(cell(glyphs, LENDING, page, 4, line)).isEqualTo(row.contact());
                assertThat(cell(glyphs, LENDING, page, 5, line)).isEqualTo(row.archiveNumber());
                assertThat(cell(glyphs, LENDING, page, 6, line)).isEqualTo(squeeze(row.title()));
                assertThat(cell(glyphs, LENDING, page, 10, line)).isEqualTo(row.returnedDate() == null ? ""
                        : row.returnedDate());
                assertThat(cell(glyphs, LENDING, page, 11, line)).as("signed on paper").isEmpty();
            }
            // page 2: rows 14 to 16, then ten empty ruled rows
            IntStream.range(3, ROWS).forEach(line -> assertThat(IntStream.range(0, LENDING.length - 1)
                    .mapToObj(c -> cell(glyphs, LENDING, 2, c, line))).allMatch(String::isEmpty));
        }
    }

    @Test
    void consultationRowsShowTheVisitorTheFileAndWhatWasCopied() throws IOException {
        LedgerSheet sheet = FormSamples.ledger(LedgerKind.CONSULTATION, 5);
        try (PDDocument doc = FormPdf.load(forms.ledger(sheet))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(FormPdf.text(doc, 1)).contains("档案查阅登记簿",
                    "序号查阅日期姓名单位证件名称及号码利用目的查阅内容（档号）复制、摘抄情况接待人利用效果查阅人签字备注");
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            for (int i = 0; i < 5; i++) {
                LedgerRow row = sheet.rows().get(i);
                assertThat(cell(glyphs, CONSULTATION, 1, 2, i)).isEqualTo(row.name());
                assertThat(cell(glyphs, CONSULTATION, 1, 4, i)).isEqualTo(squeeze(row.idDocument()));
                assertThat(cell(glyphs, CONSULTATION, 1, 6, i)).isEqualTo(row.archiveNumber() + squeeze(row.title()));
                assertThat(cell(glyphs, CONSULTATION, 1, 7, i)).isEqualTo(squeeze(row.copying()));
                assertThat(cell(glyphs, CONSULTATION, 1, 9, i)).isEqualTo(row.effect() == null ? "" : row.effect());
                assertThat(cell(glyphs, CONSULTATION, 1, 10, i)).as("signed on paper").isEmpty();
            }
            assertThat(ruledRows(doc, 1)).isEqualTo(ROWS);
        }
    }

    @Test
    void longTextShrinksInsideItsCellAndNeverCrossesARule() throws IOException {
        LedgerSheet sheet = FormSamples.ledger(LedgerKind.CONSULTATION, 13);
        assertThat(sheet.rows()).anyMatch(r -> r.title().length() > 40);
        try (PDDocument doc = FormPdf.load(forms.ledger(sheet))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            List<FormPdf.Glyph> body = FormPdf.glyphs(doc).stream()
                    .filter(g -> g.top() < HEADS_BOTTOM && g.bottom() > TABLE_BOTTOM).toList();
            assertThat(body).isNotEmpty().allSatisfy(g -> {
                assertThat(IntStream.range(0, CONSULTATION.length - 1).anyMatch(c -> g.x() >= CONSULTATION[c]
                        && g.right() <= CONSULTATION[c + 1])).as("%s within a column", g).isTrue();
                assertThat(IntStream.range(0, ROWS).anyMatch(r -> g.top() <= HEADS_BOTTOM - r * PITCH
                        && g.bottom() >= HEADS_BOTTOM - (r + 1) * PITCH)).as("%s within a row", g).isTrue();
            });
            assertThat(body).anyMatch(g -> g.size() < 9);
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerKind.class)
    void aSignedRowShowsTheVisitorsSignatureInsideItsSignatureCellAndAnUnsignedOneStaysBlank(LedgerKind kind)
            throws IOException {
        LedgerSheet sample = FormSamples.ledger(kind, 2);
        LedgerRow first = sample.rows().get(0);
        LedgerRow signed = new LedgerRow(first.seq(), first.date(), first.name(), first.unit(), first.contact(),
                first.idDocument(), first.archiveNumber(), first.title(), first.purpose(), first.approver(),
                first.dueDate(), first.returnedDate(), first.copying(), first.handler(), first.effect(),
                first.remarks(), SignaturePng.drawn());
        LedgerSheet sheet = new LedgerSheet(kind, sample.fonds(), sample.period(),
                List.of(signed, sample.rows().get(1)));
        float[] edges = kind == LedgerKind.LENDING ? LENDING : CONSULTATION;
        int column = kind == LedgerKind.LENDING ? 11 : 10;
        try (PDDocument doc = FormPdf.load(forms.ledger(sheet))) {
            assertThat(cell(FormPdf.glyphs(doc), edges, 1, 2, 0)).isEqualTo(first.name());
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(0, 150, org.apache.pdfbox.rendering.ImageType.GRAY);
            double mm = 25.4 / 72;
            // the signature cell of row 1 has ink; the same cell of row 2 (unsigned) and the cell beside have none
            double left = edges[column] * mm + 0.8;
            double right = edges[column + 1] * mm - 0.8;
            double top = (595 - HEADS_BOTTOM) * mm + 0.8;
            double rowMm = PITCH * mm;
            assertThat(inkFraction(page, left, top, right, top + rowMm - 1.6)).as("signed row").isGreaterThan(0.01);
            assertThat(inkFraction(page, left, top + rowMm, right, top + 2 * rowMm - 1.6)).as("unsigned row")
                    .isZero();
        }
    }

    /** The share of dark pixels in a box given in millimetres from the page's top-left corner (150 dpi). */
    private static double inkFraction(java.awt.image.BufferedImage page, double leftMm, double topMm, double rightMm,
                                      double bottomMm) {
        double px = 150 / 25.4;
        int dark = 0;
        int all = 0;
        for (int y = (int) Math.ceil(topMm * px); y < (int) (bottomMm * px); y++) {
            for (int x = (int) Math.ceil(leftMm * px); x < (int) (rightMm * px); x++) {
                all++;
                dark += (page.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return (double) dark / all;
    }

    /** The rows between the full-width rules below the column heads. */
    private static int ruledRows(PDDocument doc, int page) {
        TreeSet<Float> ys = new TreeSet<>();
        FormPdf.rules(doc, page).stream().filter(r -> r.horizontal() && r.length() > 700)
                .forEach(r -> ys.add((float) Math.round(r.y1() * 2) / 2));
        List<Float> below = ys.headSet(HEADS_BOTTOM + 1, true).descendingSet().stream().toList();
        int rows = 0;
        for (int i = 1; i < below.size(); i++) {
            assertThat(below.get(i - 1) - below.get(i)).as("row %d's height", i).isCloseTo(PITCH,
                    Offset.offset(1f));
            rows++;
        }
        return rows;
    }

    /** The text in one cell: column {@code c}, row {@code line} from 0 below the heads, without white space. */
    private static String cell(List<FormPdf.Glyph> glyphs, float[] edges, int page, int c, int line) {
        float top = HEADS_BOTTOM - line * PITCH;
        return squeeze(String.join("", FormPdf.lines(glyphs, g -> g.page() == page
                && g.x() >= edges[c] && g.right() <= edges[c + 1] && g.top() <= top && g.bottom() >= top - PITCH)));
    }

    private static float[] edges(int... widths) {
        float[] edges = new float[widths.length + 1];
        edges[0] = 71;
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
        return edges;
    }
}
