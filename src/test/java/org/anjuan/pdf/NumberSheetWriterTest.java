package org.anjuan.pdf;

import static org.anjuan.pdf.TestScans.MM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.PageNumbering;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.StampedText.Glyph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NumberSheetWriterTest {

    @TempDir
    Path dir;

    private final NumberSheetWriter writer = new NumberSheetWriter();

    @ParameterizedTest
    @EnumSource(NumberPosition.class)
    void eachA4SheetCarriesOnlyItsNumberWhereTheStampWouldPutIt(NumberPosition position) throws IOException {
        Path sheets = dir.resolve("sheets.pdf");
        writer.write(sheets, 98, 101, position, 0, 0);

        try (PDDocument document = Loader.loadPDF(sheets.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
                assertThat(page.getRotation()).isZero();
            }
        }
        for (int i = 0; i < 4; i++) {
            int number = 98 + i;
            List<Glyph> sheet = StampedText.of(sheets, i);
            assertThat(text(sheet)).isEqualTo(String.valueOf(number));
            assertThat(sheet).usingRecursiveFieldByFieldElementComparatorIgnoringFields("code")
                    .isEqualTo(stamped(position, number));
        }
    }

    @Test
    void offsetsMoveTheNumberRightAndDown() throws IOException {
        Path plain = dir.resolve("plain.pdf");
        Path shifted = dir.resolve("shifted.pdf");
        writer.write(plain, 7, 7, NumberPosition.TOP, 0, 0);
        writer.write(shifted, 7, 7, NumberPosition.TOP, 2.5, -4);

        Glyph before = StampedText.of(plain, 0).get(0);
        Glyph after = StampedText.of(shifted, 0).get(0);
        assertThat(after.x() - before.x()).isCloseTo(2.5f * MM, within(0.01f));
        assertThat(after.y() - before.y()).as("up 4 mm").isCloseTo(-4 * MM, within(0.01f));
        assertThat(before.x() + before.width()).isCloseTo(PDRectangle.A4.getWidth() - 12 * MM, within(1 * MM));
    }

    @Test
    void refusesBadRangesWithChineseMessagesAndWritesNothing() throws IOException {
        assertRefused(0, 5, 0, 0, "sheets.from.invalid", "不能是 0");
        assertRefused(5, 4, 0, 0, "sheets.range.invalid", "结束页号 4 小于起始页号 5");
        assertRefused(1, 2001, 0, 0, "sheets.tooMany", "一次最多生成 2000 页");
        assertRefused(1, 1, -185, 0, "sheets.offset.outside", "15 毫米装订边");
        assertRefused(1, 1, 0, -20, "sheets.offset.outside", "超出纸张");
        assertRefused(1, 1, Double.NaN, 0, "sheets.offset.invalid", "不是有效的数");
        writer.write(dir.resolve("most.pdf"), 1, 2000, NumberPosition.TOP, 0, 0);
        assertThat(Files.size(dir.resolve("most.pdf"))).isLessThan(2_000_000);
    }

    private void assertRefused(int from, int to, double x, double y, String key, String chinese) throws IOException {
        Path out = dir.resolve("refused.pdf");
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> writer.write(out, from, to, NumberPosition.TOP, x, y));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(Messages.chinese().text(e)).contains(chinese);
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().contains("refused"));
        }
    }

    /** The glyphs of {@code number} stamped on a blank A4 scan. */
    private List<Glyph> stamped(NumberPosition position, int number) throws IOException {
        Path in = TestScans.write(dir.resolve("a4-" + number + ".pdf"), TestScans.Spec.a4());
        Path out = dir.resolve("stamped-" + number + ".pdf");
        new NumberStamper().stamp(in, out, new PageNumbering(position).number(List.of(PageKind.CONTENT), number),
                NumberStamp.DEFAULT, ProgressListener.NONE);
        return StampedText.of(out, 0);
    }

    private static String text(List<Glyph> glyphs) {
        return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
    }
}
