package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Correction;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.Supplement;
import org.anjuan.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 第九条 after binding: the file is locked; 补正 and approved 增补 are recorded and reprinted on the back sheet. */
class SupplementServiceTest {

    private static final String NUMBER = "2023年厦国动检字第01号";

    @TempDir
    Path dir;

    private AppContext app;
    private Path caseDir;
    private long caseId;
    private final Messages zh = Messages.chinese();

    @BeforeEach
    void bind() throws IOException {
        app = AppContext.open(new InstallationSettings(dir, dir.resolve("register"), Locale.SIMPLIFIED_CHINESE,
                "档案员"));
        caseDir = dir.resolve("case");
        TestScans.pdf(caseDir.resolve("a.pdf"), TestScans.pages("record", 2));
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, file: a.pdf}\n- {title: 整改通知书, pages: 1}\n");
        caseId = app.bind().bind(caseDir, dir.resolve("out"), true, ProgressListener.NONE).caseId();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anApprovedAdditionIsNumberedOnAndReprintedOnTheBackSheetDirectoryAndCover() throws IOException {
        Path scan = dir.resolve("service.pdf");
        TestScans.pdf(scan, TestScans.pages("receipt", 2));
        LocalDateTime approved = LocalDateTime.now().minusDays(1).withSecond(0).withNano(0);

        Supplement s = app.supplements().add(caseId, new Addition("送达回证", 2, scan.toString(), "张副主任", approved,
                "原归档时遗漏送达回证"));

        assertThat(s.archiveNumber()).isEqualTo(NUMBER);
        assertThat(s.pageRange()).isEqualTo("4–5");
        String back = render(PrintForm.BACKSHEET);
        assertThat(back).contains("增补").contains("送达回证").contains("第 4–5 页").contains("本卷现共 5 页")
                .contains("批准人：张副主任").contains("原归档时遗漏送达回证")
                .doesNotContain("本卷材料齐全");
        assertThat(render(PrintForm.DIRECTORY)).contains("送达回证").contains("4–5").contains("张副主任批准");
        assertThat(app.printCentre().volumes().get(0).numberedPages()).isEqualTo(5);
        Path numbered = dir.resolve("out").resolve(NUMBER + "-增补" + s.id() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(numbered.toFile())) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(2);
            page.setEndPage(2);
            assertThat(page.getText(doc)).contains("5").contains("receipt page 2");
        }
        assertThat(app.supplements().list(caseId)).extracting(x -> x.addition().file()).containsExactly(numbered.toString());
    }

    @Test
    void anAdditionWithoutApproverIsRefusedAndTheBackSheetStaysAsBound() throws IOException {
        assertThatThrownBy(() -> app.supplements().add(caseId, new Addition("送达回证", 2, null, "",
                LocalDateTime.now(), "遗漏"))).isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(zh.text(e)).contains("须经分管领导批准").contains("请填写批准人"));
        assertThatThrownBy(() -> app.supplements().add(caseId, new Addition("送达回证", 2, null, "张副主任",
                LocalDateTime.now().plusDays(2), "遗漏"))).isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(zh.text(e)).contains("晚于现在"));
        assertThat(app.supplements().list(caseId)).isEmpty();
        assertThat(render(PrintForm.BACKSHEET)).contains("本卷材料齐全").doesNotContain("增补");
    }

    @Test
    void aCorrectionIsNotedWithWhatWasWrongAndWhatWasDone() throws IOException {
        app.supplements().correct(caseId, null, new Correction("卷内目录第2号题名错写为“整改通知”", "已按原件更正题名"));

        assertThat(render(PrintForm.BACKSHEET)).contains("补正").contains("题名错写").contains("已按原件更正题名")
                .contains("经办人：档案员");
        assertThat(app.supplements().list(caseId)).singleElement()
                .satisfies(x -> assertThat(x.correction().done()).isEqualTo("已按原件更正题名"));
    }

    @Test
    void theLockedFileRefusesChangesSayingWhyInChinese() throws IOException {
        Files.writeString(caseDir.resolve("case.yaml"), Files.readString(caseDir.resolve("case.yaml"))
                .replace("整改通知书", "整改复查意见书"));
        assertThatThrownBy(() -> app.cases().importFolder(caseDir)).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(zh.text(e)).contains("已装订归档（" + NUMBER + "）并锁定").contains("增补手续"));
        assertThatThrownBy(() -> app.retention().choose(caseId, "10年", "误选"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.retention"));
        assertThatThrownBy(() -> app.numbers().voidNumber(NUMBER, "误取号"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.voidNumber"));
        assertThat(app.cases().get(caseId).materials()).extracting(m -> m.title()).containsExactly("检查记录", "整改通知书");
        assertThat(app.cases().lock(caseId).locked()).isTrue();
    }

    private String render(PrintForm form) throws IOException {
        byte[] pdf = app.printCentre().render(form, new PrintTarget.Case(caseId), PrintCentre.Offsets.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace("\n", ""); // the sheet wraps long lines
        }
    }
}
