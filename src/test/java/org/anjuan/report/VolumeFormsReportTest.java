package org.anjuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** A bound volume's three forms made as one PDF: each form's pages in order, counted right, the same as apart. */
class VolumeFormsReportTest {

    private final FormReports reports = new FormReports();

    @Test
    void putsTheCoverThenEveryDirectoryPageThenTheBackSheetAndCountsEach() throws IOException {
        // pages are counted from 1 here, as FormPdf.text counts them
        FormReports.FormBundle made = reports.volumeForms(FormSamples.cover(null), FormSamples.rows(45),
                FormSamples.backSheet(3, "王检查"));

        try (PDDocument doc = FormPdf.load(made.pdf());
             PDDocument directoryAlone = FormPdf.load(reports.directory(FormSamples.NUMBER, FormSamples.rows(45)))) {
            int directoryPages = directoryAlone.getNumberOfPages();
            assertThat(directoryPages).isGreaterThan(1);
            assertThat(made.pages()).containsExactly(1, directoryPages, 1);
            assertThat(doc.getNumberOfPages()).isEqualTo(2 + directoryPages);
            assertThat(FormPdf.text(doc, 1)).contains("全宗名称", "案卷题名");
            for (int p = 1; p <= directoryPages; p++) {
                // the directory's own page count, not the bundle's: 第 p 页 共 n 页 of the 卷内目录
                assertThat(FormPdf.text(doc, 1 + p)).contains("顺序号文号责任者题名日期页号备注",
                        "第" + p + "页共" + directoryPages + "页");
            }
            assertThat(FormPdf.text(doc, doc.getNumberOfPages())).contains("立卷人", "王检查");
        }
    }

    @Test
    void embedsTheFontSubsetDeflatedAtTheFastestLevelAndTheFormsStillRead() throws Exception {
        FormReports.FormBundle made = reports.volumeForms(FormSamples.cover(null), FormSamples.rows(3),
                FormSamples.backSheet(1, "王检查"));

        assertThat(FormFont.instance().getCompressionLevel()).isEqualTo(Deflater.BEST_SPEED);
        try (PDDocument doc = FormPdf.load(made.pdf())) {
            FormPdf.assertEmbeddedSubset(doc);
            PDType0Font font = (PDType0Font) doc.getPage(0).getResources()
                    .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            // the program reads back as TrueType and draws the form's characters
            PDCIDFontType2 cid = (PDCIDFontType2) font.getDescendantFont();
            assertThat(cid.getTrueTypeFont().getNumberOfGlyphs()).isGreaterThan(100);
            assertThat(FormPdf.text(doc, 1)).contains("全宗名称", "案卷题名");
            PDStream program = font.getDescendantFont().getFontDescriptor().getFontFile2();
            byte[] plain = program.toByteArray();
            long stored;
            try (InputStream raw = program.getCOSObject().createRawInputStream()) {
                stored = raw.readAllBytes().length;
            }
            assertThat(program.getCOSObject().getFilters()).isEqualTo(COSName.FLATE_DECODE);
            assertThat(stored).isEqualTo(deflated(plain, Deflater.BEST_SPEED))
                    .isGreaterThan(deflated(plain, Deflater.DEFAULT_COMPRESSION));
        }
    }

    @Test
    void theFontMadeFastIsTheOneTheFormsNameByPath() throws IOException {
        try (InputStream xml = FormReports.class.getResourceAsStream("fonts.xml")) {
            assertThat(new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<normal>" + FormFont.PATH + "</normal>", "<pdfEncoding>Identity-H</pdfEncoding>",
                            "<pdfEmbedded>true</pdfEmbedded>");
        }
    }

    private static long deflated(byte[] plain, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.size();
    }
}
