package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLayoutTest {

    private static final float SIZE = 10.5f;

    private final PDDocument doc = new PDDocument();
    private final TextLayout text = new TextLayout(ArchiveFont.load(doc));

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    /** From a cell four characters wide; narrower, a bracketed number like 〔2023〕 must itself be broken. */
    @ParameterizedTest
    @ValueSource(floats = {45, 63, 100, 157, 300})
    void wrapsChineseWithinTheWidthWithoutLosingACharacter(float width) {
        String title = "关于厦门某某建设工程有限公司未按规定修建防空地下室（涉及面积 2350 平方米）的《行政处罚决定书》，"
                + "编号厦国动罚〔2023〕12号。";

        List<String> lines = text.wrap(title, SIZE, width);

        assertThat(lines).allSatisfy(line -> assertThat(text.width(line, SIZE)).isLessThanOrEqualTo(width + 0.01f));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(title.replace(" ", ""));
        assertThat(lines).noneMatch(line -> "，。）》〕、".indexOf(line.charAt(0)) >= 0);
        assertThat(lines).noneMatch(line -> "（《〔".indexOf(line.charAt(line.length() - 1)) >= 0);
    }

    @Test
    void keepsNumbersAndWordsTogether() {
        float width = text.width("一二三四五六七八", SIZE);

        List<String> lines = text.wrap("第二十五页为20230306 GB/T 9705", SIZE, width);

        assertThat(lines).containsExactly("第二十五页为", "20230306 GB/T", "9705");
    }

    @Test
    void breaksAPageRangeAfterItsDashAndAnOverlongRunAnywhere() {
        assertThat(text.wrap("111-112", SIZE, text.width("111-", SIZE))).containsExactly("111-", "112");
        assertThat(text.wrap("1234567890", SIZE, text.width("1234", SIZE))).containsExactly("1234", "5678", "90");
    }

    @Test
    void indentsTheFirstLineOfEachParagraph() {
        float width = text.width("一二三四五六", SIZE);

        List<String> lines = text.wrap("一二三四五六七八\n甲乙", SIZE, width, "\u3000\u3000");

        assertThat(lines).containsExactly("\u3000\u3000一二三四", "五六七八", "\u3000\u3000甲乙");
    }

    @Test
    void drawsNothingForBlankAndReplacesWhatTheFontLacks() {
        assertThat(text.wrap(null, SIZE, 100)).isEmpty();
        assertThat(text.wrap("  \t ", SIZE, 100)).isEmpty();
        assertThat(text.printable(null)).isEmpty();
        assertThat(text.printable("罚\u0007款\uD83D\uDE00")).isEqualTo("罚 款\u25A1");
    }
}
