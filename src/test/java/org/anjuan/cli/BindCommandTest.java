package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindCommandTest {

    @TempDir
    Path dir;

    @Test
    void bindsACaseAndPrintsTheReportInTheAgreedShape() throws IOException {
        Path caseDir = caseFolder("行政处罚简易程序", "- {title: 当场行政处罚决定书, pages: 2}\n- {title: 现场检查笔录, pages: 1}\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("--db", dir.resolve("db").toString(), "bind", caseDir.toString(), "--out",
                out.toString(), "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode volume = report.get("volumes").get(0);
        assertThat(volume.get("file").asText()).isEqualTo("2023年厦国动罚字第01号.pdf");
        assertThat(volume.get("archiveNumber").asText()).isEqualTo("2023年厦国动罚字第01号");
        assertThat(volume.get("volume").asInt()).isEqualTo(1);
        assertThat(volume.get("of").asInt()).isEqualTo(1);
        assertThat(volume.get("numberedPages").asInt()).isEqualTo(3);
        // the standard order of 简易程序 puts the 笔录 before the decision
        JsonNode first = volume.get("materials").get(0);
        assertThat(first.get("title").asText()).isEqualTo("现场检查笔录");
        assertThat(first.get("seq").asInt()).isEqualTo(1);
        assertThat(first.get("startPage").asInt()).isEqualTo(1);
        assertThat(first.get("endPage").asInt()).isEqualTo(1);
        assertThat(report.get("retention").get("period").asText()).isEqualTo("10年");
        assertThat(report.get("retention").get("articles").get(0).asText()).isEqualTo("第十一条第二款");
        assertThat(report.get("warnings").toString()).contains("标准顺序");
        assertThat(Files.exists(out.resolve("bind-report.json"))).isTrue();
        assertThat(Files.exists(out.resolve("2023年厦国动罚字第01号.pdf"))).isTrue();
    }

    @Test
    void aMissingScanIsRefusedWithExitTwoAndNothingWritten() throws IOException {
        Path caseDir = caseFolder("行政检查", "- {title: 检查记录, file: missing.pdf}\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("--db", dir.resolve("db").toString(), "bind", caseDir.toString(), "--out",
                out.toString());

        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("missing.pdf");
        assertThat(Files.exists(out)).isFalse();
        assertThat(CliRun.of("--db", dir.resolve("db").toString(), "number", "list").out())
                .contains("共 0 个案卷序号");
    }

    private Path caseFolder(String category, String materials) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: %s
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-08-15
                closed: 2023-08-21
                materials:
                %s""".formatted(category, materials.indent(2)), StandardCharsets.UTF_8);
        return caseDir;
    }
}
