package org.anjuan.pdf;

import static org.anjuan.pdf.FormPdf.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.anjuan.domain.CoverSheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class CoverPageTest {

    private final FormPages forms = new FormPages();

    @Test
    void showsEveryFieldInChineseOnOneA4Page() throws IOException {
        try (PDDocument doc = FormPdf.drawn((d, font) -> forms.addCover(d, font, FormSamples.cover(null)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            FormPdf.assertA4(doc);
            FormPdf.assertEmbeddedSubset(doc);
            assertThat(FormPdf.text(doc, 1)).contains("行政执法案卷", "全宗名称厦门市国防动员办公室",
                    "类目名称行政处罚一般程序", "案卷题名", FormSamples.TITLE, "2023年3月6日至2023年6月20日",
                    "保管期限永久", "共12件24页", "归档号" + FormSamples.NUMBER, "第1卷共2卷", "全宗号", "目录号", "案卷号");
        }
    }

    @Test
    void showsTheSecrecyLevelOnlyWhenSet() {
        try (PDDocument secret = FormPdf.drawn((d, font) -> forms.addCover(d, font, FormSamples.cover("秘密")));
             PDDocument open = FormPdf.drawn((d, font) -> forms.addCover(d, font, FormSamples.cover(null)));
             PDDocument blank = FormPdf.drawn((d, font) -> forms.addCover(d, font, FormSamples.cover(" ")))) {
            assertThat(FormPdf.text(secret, 1)).contains("密级：秘密");
            assertThat(FormPdf.text(open, 1)).doesNotContain("密级");
            assertThat(FormPdf.text(blank, 1)).doesNotContain("密级");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void putsTheSecrecyLevelAtTheTopRight() throws IOException {
        try (PDDocument doc = FormPdf.drawn((d, font) -> forms.addCover(d, font, FormSamples.cover("机密")))) {
            List<FormPdf.Glyph> mark = FormPdf.glyphs(doc).stream().filter(g -> g.text().equals("机")).toList();
            assertThat(mark).singleElement().satisfies(g -> {
                assertThat(g.x()).isGreaterThan(FormPaper.WIDTH / 2);
                assertThat(g.top()).isGreaterThan(FormPaper.HEIGHT - 110);
            });
        }
    }

    @Test
    void keepsTheCodeSquareEmptyAndTextOffTheBindingMargin() throws IOException {
        CoverSheet crowded = FormSamples.crowdedCover();
        try (PDDocument doc = FormPdf.drawn((d, font) -> forms.addCover(d, font, crowded))) {
            List<FormPdf.Glyph> glyphs = FormPdf.glyphs(doc);
            FormPdf.assertInsideMargins(glyphs);
            PDRectangle code = FormPages.coverCodeArea();
            assertThat(code.getWidth()).isCloseTo(45 * FormPaper.MM, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(code.getUpperRightX()).isLessThanOrEqualTo(FormPaper.RIGHT);
            assertThat(glyphs).noneMatch(g -> g.right() > code.getLowerLeftX() && g.bottom() < code.getUpperRightY());
            String text = FormPdf.text(doc, 1);
            assertThat(text).contains(squeeze(crowded.title()), "第12卷共13卷", "共120件1999页", "密级：秘密★10年");
        }
    }
}
