package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.NumberStamp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 页号单 as the number-sheets command makes them: each number lands where stamping a scanned A4 page puts it,
 * read back from both PDFs as text with its position. The sheets are a JasperReports form placed at whole points,
 * so "where" is within 0.5 mm, measured from the corner's edges as a clerk would with a ruler.
 */
class NumberSheetsTest {

    private static final float MM = 72 / 25.4f;
    private static final float TOLERANCE = 0.5f * MM;

    @TempDir
    Path dir;

    private final StampService stamp = new StampService(pdf -> new boolean[0], NumberStamp.DEFAULT);

    @ParameterizedTest
    @EnumSource(NumberPosition.class)
    void eachA4SheetCarriesOnlyItsNumberWhereTheStampWouldPutIt(NumberPosition position) throws IOException {
        Path sheets = dir.resolve("sheets.pdf");
        // every last digit, whose side bearing moves the stamp's right edge ("1" most), and 1 to 4 digits
        List<Integer> numbers = List.of(1, 2, 7, 10, 98, 99, 100, 101, 111, 1234);
        for (int number : numbers) {
            stamp.numberSheets(sheets, number, number, position, 0, 0);
            try (PDDocument document = Loader.loadPDF(sheets.toFile())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                PDPage page = document.getPage(0);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
                assertThat(page.getRotation()).isZero();
            }
            Placed sheet = Placed.of(sheets, 1);
            Placed stamped = stamped(position, number);
            assertThat(sheet.text()).isEqualTo(String.valueOf(number)).isEqualTo(stamped.text());
            assertThat(sheet.size()).isEqualTo(stamped.size());
            assertThat(sheet.fromRight()).as("%d: right edge, points from the paper's right edge", number)
                    .isCloseTo(stamped.fromRight(), within(TOLERANCE));
            assertThat(sheet.fromEdge(position)).as("%d: baseline, points from the paper's edge", number)
                    .isCloseTo(stamped.fromEdge(position), within(TOLERANCE));
        }
    }

    @Test
    void aRunOfSheetsNumbersThemInOrder() throws IOException {
        Path sheets = dir.resolve("run.pdf");
        stamp.numberSheets(sheets, 98, 101, NumberPosition.TOP, 0, 0);
        try (PDDocument document = Loader.loadPDF(sheets.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
        }
        for (int page = 1; page <= 4; page++) {
            assertThat(Placed.of(sheets, page).text()).isEqualTo(String.valueOf(97 + page));
        }
    }

    @Test
    void offsetsMoveTheNumberRightAndDownToTheNearestPoint() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        Path shifted = dir.resolve("shifted.pdf");
        stamp.numberSheets(plain, 7, 7, NumberPosition.TOP, 0, 0);
        stamp.numberSheets(shifted, 7, 7, NumberPosition.TOP, 2.5, -4);

        Placed before = Placed.of(plain, 1);
        Placed after = Placed.of(shifted, 1);
        // 2.5 mm is 7.09 points, 4 mm is 11.34: the form moves by whole points
        assertThat(before.fromRight() - after.fromRight()).isEqualTo(7f, within(0.01f));
        assertThat(after.baseline() - before.baseline()).as("up 4 mm").isEqualTo(-11f, within(0.01f));
        assertThat(before.fromRight()).isCloseTo(12 * MM, within(1 * MM));
    }

    @Test
    void refusesBadRangesWithChineseMessagesAndWritesNothing() throws IOException {
        assertRefused(0, 5, 0, 0, "sheets.from.invalid", "不能是 0");
        assertRefused(5, 4, 0, 0, "sheets.range.invalid", "结束页号 4 小于起始页号 5");
        assertRefused(1, 2001, 0, 0, "sheets.tooMany", "一次最多生成 2000 页");
        assertRefused(1, 1, -185, 0, "sheets.offset.outside", "15 毫米装订边");
        assertRefused(1, 1, 0, -20, "sheets.offset.outside", "超出纸张");
        assertRefused(1, 1, 20, 0, "sheets.offset.outside", "超出纸张");
        assertRefused(1, 1, Double.NaN, 0, "sheets.offset.invalid", "不是有效的数");
        stamp.numberSheets(dir.resolve("most.pdf"), 1, 2000, NumberPosition.TOP, 0, 0);
        assertThat(Files.size(dir.resolve("most.pdf"))).isLessThan(2_000_000);
        try (PDDocument most = Loader.loadPDF(dir.resolve("most.pdf").toFile())) {
            assertThat(most.getNumberOfPages()).isEqualTo(2000);
        }
    }

    private void assertRefused(int from, int to, double x, double y, String key, String chinese) throws IOException {
        Path out = dir.resolve("refused.pdf");
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> stamp.numberSheets(out, from, to, NumberPosition.TOP, x, y));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(Messages.chinese().text(e)).contains(chinese);
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().contains("refused"));
        }
    }

    /** {@code number} stamped on a blank A4 scan, as the number command stamps it. */
    private Placed stamped(NumberPosition position, int number) throws IOException {
        Path in = dir.resolve("blank-" + number + ".pdf");
        TestScans.pdf(in, Arrays.asList((String) null));
        Path out = dir.resolve("stamped-" + number + ".pdf");
        stamp.number(in, out, number, position, false, ProgressListener.NONE);
        return Placed.of(out, 1);
    }

    /**
     * The text of one page with where it sits: its right end and baseline in points from the paper's right and
     * top edges, the page's height, and the font size.
     */
    private record Placed(String text, float fromRight, float baseline, float pageHeight, float size) {

        static Placed of(Path pdf, int page) throws IOException {
            List<TextPosition> glyphs = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        glyphs.addAll(positions);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
            assertThat(glyphs).isNotEmpty();
            TextPosition last = glyphs.get(glyphs.size() - 1);
            assertThat(glyphs).allSatisfy(g -> assertThat(g.getY()).isEqualTo(last.getY()));
            return new Placed(glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining()),
                    last.getPageWidth() - (last.getX() + last.getWidth()), last.getY(), last.getPageHeight(),
                    last.getFontSizeInPt());
        }

        /** The baseline from the edge the number is measured from: the top, or the bottom. */
        float fromEdge(NumberPosition position) {
            return position == NumberPosition.TOP ? baseline : pageHeight - baseline;
        }
    }
}
