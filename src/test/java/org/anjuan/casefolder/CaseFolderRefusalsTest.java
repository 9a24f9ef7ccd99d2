package org.anjuan.casefolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFolderRefusalsTest {

    @TempDir
    Path root;

    private final CaseFolderReader reader = new CaseFolderReader();

    @Test
    void reportsEveryProblemAtOnceOnePerLine() {
        String yaml = Fixtures.GOOD_YAML.replace("closed: 2023-06-20", "closed: 2023-02-30")
                .replace("kind: 照片", "kind: 图片").replace("file: 01.pdf", "file: 99.pdf")
                .replace("category: 行政处罚一般程序", "category: 处罚");

        String text = refusal(Fixtures.folder(root, "many", "case.yaml", yaml));

        assertThat(text.lines().filter(l -> l.startsWith("- "))).hasSize(4);
        assertThat(text).contains("category：", "closed：", "materials[1].file", "materials[3].kind");
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        assertThat(refusal(root.resolve("nowhere"))).contains("nowhere", "文件夹不存在");
    }

    @Test
    void refusesAFileInsteadOfAFolder() throws IOException {
        assertThat(refusal(Files.writeString(root.resolve("case.zip"), "x"))).contains("case.zip", "不是文件夹");
    }

    @Test
    void refusesAFolderWithoutCaseYaml() throws IOException {
        assertThat(refusal(Files.createDirectories(root.resolve("empty")))).contains("没有 case.yaml");
    }

    @Test
    void refusesTwoManifests() throws IOException {
        Path dir = Fixtures.folder(root, "two", "case.yaml", Fixtures.GOOD_YAML);
        Files.writeString(dir.resolve("case.json"), "{}");

        assertThat(refusal(dir)).contains("case.yaml、case.json", "只能保留其中一个");
    }

    @Test
    void namesAFileSavedInGbk() {
        byte[] gbk = Fixtures.GOOD_YAML.getBytes(Charset.forName("GBK"));

        assertThat(refusal(Fixtures.folder(root, "gbk", "case.yaml", gbk))).contains("case.yaml：", "GBK");
    }

    @Test
    void acceptsAByteOrderMark() {
        Path dir = Fixtures.folder(root, "bom", "case.yaml", "\uFEFF" + Fixtures.GOOD_YAML);

        assertThat(reader.read(dir).caseFile().title()).startsWith("厦门某置业");
    }

    @Test
    void countsEachScanWithTheGivenCounter() {
        Path dir = Fixtures.folder(root, "count", "case.yaml", Fixtures.GOOD_YAML);

        CaseFolder folder = reader.read(dir, pdf -> pdf.endsWith("02.pdf") ? 5 : 1);

        assertThat(folder.caseFile().materials().get(1).pages()).isEqualTo(5);
        assertThat(folder.caseFile().totalPages()).isEqualTo(1 + 5 + 3 + 1);
    }

    @Test
    void refusesAScanWhosePagesDifferFromTheDeclaredCount() {
        Path dir = Fixtures.folder(root, "mismatch", "case.yaml", Fixtures.GOOD_YAML);

        assertThat(refusal(() -> reader.read(dir, pdf -> 2)))
                .contains("materials[1].pages：写的是 1 页，但扫描件 01.pdf 实际有 2 页");
    }

    @Test
    void listsAnUnreadableScanWithTheOtherProblems() {
        Path dir = Fixtures.folder(root, "locked", "case.yaml", Fixtures.GOOD_YAML.replace("pages: 3", "pages: 0"));

        String text = refusal(() -> reader.read(dir, pdf -> {
            if (pdf.endsWith("02.pdf")) {
                throw new AnjuanException("pdf.encrypted", pdf.toString());
            }
            return 1;
        }));

        assertThat(text).contains("materials[2].file：扫描件 ", "02.pdf 设有密码", "materials[3].pages");
    }

    private String refusal(Path dir) {
        return refusal(() -> reader.read(dir));
    }

    private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        AnjuanException e = catchThrowableOfType(AnjuanException.class, read);
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("casefolder.invalid");
        return Fixtures.chinese(e);
    }
}
