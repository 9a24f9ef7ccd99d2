package org.anjuan.casefolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each wrong case.yaml is refused with a Chinese message that names the field or file to fix. */
class CaseFolderProblemsTest {

    @TempDir
    Path root;

    static Stream<Arguments> badManifests() {
        return Stream.of(
                bad("missing title", drop("title: 厦门某置业有限公司未按规定修建防空地下室案\n"), "title：未填写"),
                bad("missing opened", drop("opened: 2023-03-06\n"), "opened：未填写"),
                bad("unknown category", swap("category: 行政处罚一般程序", "category: 处罚"),
                        "category：", "“处罚”", "行政处罚简易程序"),
                bad("unknown flag", swap("[复议]", "[复议, 听证]"), "flags：", "“听证”", "未立案"),
                bad("unknown kind", swap("kind: 照片", "kind: 图片"), "materials[3].kind（现场照片）", "“图片”", "音像资料"),
                bad("impossible date", swap("closed: 2023-06-20", "closed: 2023-02-30"), "closed：", "2023-02-30"),
                bad("closed before opened", swap("closed: 2023-06-20", "closed: 2023-03-01"),
                        "closed：", "早于立案日期 2023-03-06"),
                bad("bad material date", swap("date: 2023-03-09", "date: 2023-13-09"),
                        "materials[2].date（询问笔录）", "2023-13-09"),
                bad("empty materials", s -> s.substring(0, s.indexOf("materials:")) + "materials: []\n",
                        "materials：至少要有一份材料"),
                bad("materials not a list", s -> s.substring(0, s.indexOf("materials:")) + "materials: 立案审批表\n",
                        "materials：", "材料清单"),
                bad("neither file nor pages", drop("    pages: 3\n"), "materials[3]（现场照片）：既没有 file"),
                bad("zero pages", swap("pages: 3", "pages: 0"), "materials[3].pages（现场照片）", "页数 0"),
                bad("pages as words", swap("pages: 3", "pages: 三"), "materials[3].pages", "页数 三"),
                bad("file missing", swap("file: 01.pdf", "file: 99.pdf"), "materials[1].file（立案审批表）", "99.pdf 不存在"),
                bad("file escapes", swap("file: 01.pdf", "file: ../outside.pdf"), "materials[1].file", "../outside.pdf",
                        "不在案卷文件夹内"),
                bad("absolute file", swap("file: 01.pdf", "file: /tmp/x.pdf"), "materials[1].file", "不在案卷文件夹内"),
                bad("not a pdf", swap("file: 01.pdf", "file: notes.txt"), "materials[1].file", "notes.txt 不是 PDF"),
                bad("directory as file", swap("file: 01.pdf", "file: scans"), "materials[1].file", "不是 PDF"),
                bad("same file twice", swap("file: scans/02.pdf", "file: 01.pdf"), "materials[2].file（询问笔录）",
                        "已由 materials[1]（立案审批表） 使用"),
                bad("misspelt key", swap("    author: 陈建华\n", "    autor: 陈建华\n"), "materials[2].autor", "author"),
                bad("secrecy without level", drop("  level: 秘密\n"), "secrecy.level", "密级"),
                bad("bad evidence time", swap("takenAt: 2023-03-09T10:30", "takenAt: 上午"),
                        "materials[3].evidence.takenAt（现场照片）", "上午"),
                bad("bad copy date", swap("checkedOn: 2023-06-12", "checkedOn: 2023-6-12"),
                        "materials[4].copy.checkedOn", "2023-6-12"),
                bad("secondary not boolean", swap("secondary: true", "secondary: 是"), "materials[4].secondary", "是"),
                bad("no parties", swap("parties:\n  - 厦门某置业有限公司", "parties: []"), "parties：未填写"),
                bad("title is a list", swap("title: 立案审批表", "title: [立案, 审批表]"), "materials[1].title", "文字"),
                bad("syntax error", swap("officer: 陈建华", "officer: 陈建华\n  department: [x"), "case.yaml：第 ", "行"),
                bad("duplicate key", swap("officer: 陈建华", "officer: 陈建华\nofficer: 林晓雯"),
                        "case.yaml：第 7 行", "officer"),
                bad("not a mapping", s -> "- 立案审批表\n- 询问笔录\n", "case.yaml：内容应为"),
                bad("empty file", s -> "", "case.yaml：文件是空的"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badManifests")
    void refusesWithAMessageNamingTheField(String what, UnaryOperator<String> change, String[] expected)
            throws IOException {
        Files.writeString(root.resolve("outside.pdf"), "%PDF-1.7");
        Path dir = Fixtures.folder(root, "case", "case.yaml", change.apply(Fixtures.GOOD_YAML));

        AnjuanException e = catchThrowableOfType(AnjuanException.class, () -> new CaseFolderReader().read(dir));

        assertThat(e).as(what).isNotNull();
        assertThat(e.key()).isEqualTo("casefolder.invalid");
        assertThat(Fixtures.chinese(e)).startsWith("案卷文件夹 " + dir.toAbsolutePath().normalize())
                .contains(expected);
    }

    private static Arguments bad(String what, UnaryOperator<String> change, String... expected) {
        return arguments(what, change, expected);
    }

    private static UnaryOperator<String> swap(String from, String to) {
        return s -> {
            if (!s.contains(from)) {
                throw new IllegalArgumentException("the fixture has no " + from);
            }
            return s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        };
    }

    private static UnaryOperator<String> drop(String line) {
        return swap(line, "");
    }
}
