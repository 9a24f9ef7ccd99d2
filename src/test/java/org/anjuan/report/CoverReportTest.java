package org.anjuan.report;

import static org.anjuan.report.FormPdf.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.anjuan.domain.CoverSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class CoverReportTest {

    private final FormReports forms = new FormReports();

    @Test
    void showsEveryFieldInChineseOnOneA4PageInTheEmbeddedFont() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.cover(FormSamples.cover(null)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            assertThat(FormPdf.text(doc, 1)).contains("行政执法案卷", "全宗名称厦门市国防动员办公室",
                    "类目名称行政处罚一般程序", "案卷题名", FormSamples.TITLE, "2023年3月6日至2023年6月20日",
                    "保管期限永久", "共12件24页", "归档号" + FormSamples.NUMBER, "第1卷共2卷", "全宗号", "目录号", "案卷号")
                    .doesNotContain("密级", "null");
            FormPdf.assertInsideMargins(FormPdf.glyphs(doc));
        }
    }

    @Test
    void showsTheSecrecyLevelOnlyWhenSetAtTheTopRight() throws IOException {
        try (PDDocument secret = FormPdf.load(forms.cover(FormSamples.cover("机密")));
             PDDocument blank = FormPdf.load(forms.cover(FormSamples.cover(" ")))) {
            assertThat(FormPdf.text(secret, 1)).contains("密级：机密");
            assertThat(FormPdf.text(blank, 1)).doesNotContain("密级");
            List<FormPdf.Glyph> mark = FormPdf.glyphs(secret).stream().filter(g -> g.text().equals("机")).toList();
            assertThat(mark).singleElement().satisfies(g -> {
                assertThat(g.x()).isGreaterThan(595 / 2f);
                assertThat(g.top()).isGreaterThan(842 - 110);
            });
        }
    }

    @Test
    void aLongTitleShrinksOntoTheThreeRuledLinesAndTheCoverStaysOnePage() throws IOException {
        CoverSheet crowded = FormSamples.crowdedCover();
        try (PDDocument doc = FormPdf.load(forms.cover(crowded))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            FormPdf.assertInsideMargins(glyphs);
            assertThat(FormPdf.text(doc, 1)).contains(squeeze(crowded.title()), squeeze(crowded.fonds()),
                    "第12卷共13卷", "共120件1999页", "密级：秘密★10年");
            // the title, and only the title, is set smaller than the 14 pt of the other values, on three lines
            List<String> title = FormPdf.lines(glyphs, g -> g.size() < 11);
            assertThat(title).hasSize(3);
            assertThat(String.join("", title)).isEqualTo(crowded.title());
        }
    }

    @Test
    void aShortTitleKeepsItsSizeOnOneLine() throws IOException {
        CoverSheet cover = FormSamples.cover(null);
        CoverSheet shortTitle = new CoverSheet(cover.fonds(), cover.category(), "陈某倾倒废弃物案", cover.period(),
                cover.retention(), cover.items(), cover.pages(), cover.archiveNumber(), 1, 1, null);
        try (PDDocument doc = FormPdf.load(forms.cover(shortTitle))) {
            assertThat(FormPdf.lines(FormPdf.glyphs(doc), g -> g.text().equals("倾"))).hasSize(1);
            assertThat(FormPdf.glyphs(doc).stream().filter(g -> g.text().equals("倾")))
                    .allSatisfy(g -> assertThat(g.size()).isEqualTo(14f));
        }
    }

    @Test
    void theQrCodeReadsBackAsTheArchiveNumber() throws IOException {
        try (PDDocument doc = FormPdf.load(forms.cover(FormSamples.cover(null)))) {
            assertThat(decode(doc)).isEqualTo(FormSamples.NUMBER);
        }
    }

    @Test
    void coversMadeAtTheSameTimeEachCarryTheirOwnNumber() {
        List<String> numbers = IntStream.rangeClosed(1, 6).mapToObj(i -> "2023年厦国动罚字第0" + i + "号").toList();
        List<String> decoded = numbers.parallelStream().map(n -> {
            CoverSheet c = FormSamples.cover(null);
            CoverSheet cover = new CoverSheet(c.fonds(), c.category(), c.title(), c.period(), c.retention(),
                    c.items(), c.pages(), n, 1, 1, null);
            try (PDDocument doc = FormPdf.load(forms.cover(cover))) {
                assertThat(FormPdf.text(doc, 1)).contains("归档号" + n);
                return decode(doc);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(decoded).isEqualTo(numbers);
    }

    @Test
    void aCharacterTheFontLacksPrintsAsABoxInsteadOfVanishing() throws IOException {
        CoverSheet c = FormSamples.cover(null);
        CoverSheet odd = new CoverSheet(c.fonds(), c.category(), "陈某\uD83D\uDE00案", c.period(), c.retention(),
                c.items(), c.pages(), c.archiveNumber(), 1, 1, null);
        try (PDDocument doc = FormPdf.load(forms.cover(odd))) {
            assertThat(FormPdf.text(doc, 1)).contains("陈某□案");
        }
    }

    /** The page as a 200 dpi scan, read by ZXing like a desk scanner would. */
    private static String decode(PDDocument doc) throws IOException {
        BufferedImage scan = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(scan)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
            return result.getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("no readable QR code on the cover", e);
        }
    }
}
