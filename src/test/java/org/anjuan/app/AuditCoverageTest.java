package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of change a clerk makes through the services leaves one audit line, in order, on an intact chain:
 * cases, materials (import, reorder, page status), retention, settings, numbers, binding, boxes, redone cases.
 */
class AuditCoverageTest {

    @TempDir
    Path dir;

    @Test
    void everyChangeIsAuditedOnTheChain() throws IOException {
        InstallationSettings settings = new InstallationSettings(dir, dir.resolve("db"), Locale.SIMPLIFIED_CHINESE,
                "档案员");
        try (AppContext app = AppContext.open(settings)) {
            Path original = folder("original", "陈某向人民防空工程内倾倒废弃物案");
            long id = app.cases().importFolder(original).id();
            app.cases().reorder(id, List.of(1, 0));
            app.cases().setPageKind(id, "scan.pdf", 1, PageKind.BLANK);
            app.retention().choose(id, "永久", "经分管领导批准");
            app.archiveSettings().change(null, null, null, Map.of(), 300, null);
            BindResult bound = app.bind().bind(original, dir.resolve("out"), true, ProgressListener.NONE);
            String number = app.numbers().forCase(bound.caseId()).get(0).text();
            app.boxes().createBox(List.of(number), 30);
            ArchiveNumber taken = app.numbers().issue(2024, "罚");
            app.numbers().voidNumber(taken.text(), "误取号");
            long redone = app.cases().importFolder(folder("redone", "陈某向人民防空工程内倾倒废弃物案（重新作出）")).id();
            app.cases().linkRedone(redone, Long.toString(id));

            List<AuditEntry> lines = app.audit().recent(null, null, 100);
            assertThat(lines).extracting(AuditEntry::action).containsExactly("case.import", "material.reorder",
                    "page.override", "retention.set", "settings.save", "case.update", "number.issue", "volume.bind",
                    "box.create", "number.issue", "number.void", "case.import", "case.redo");
            assertThat(lines.get(1).detail()).isEqualTo("1 现场检查笔录；2 当场行政处罚决定书");
            assertThat(lines).allSatisfy(e -> assertThat(e.actor()).isEqualTo("档案员"));
            assertThat(app.audit().recent(id, null, 100)).extracting(AuditEntry::action).containsExactly(
                    "case.import", "material.reorder", "page.override", "retention.set", "case.update",
                    "number.issue", "volume.bind");

            AuditVerdict v = app.audit().verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(lines.size());
            assertThat(app.audit().describe(v)).startsWith("审计日志完整：共 13 条记录，逐条核对无误；最后一条是第 13 条");
        }
    }

    private Path folder(String name, String title) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve(name));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政处罚简易程序
                title: %s
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-02-15
                closed: 2023-03-20
                materials:
                  - {title: 当场行政处罚决定书, pages: 2}
                  - {title: 现场检查笔录, pages: 1}
                """.formatted(title), StandardCharsets.UTF_8);
        return caseDir;
    }
}
