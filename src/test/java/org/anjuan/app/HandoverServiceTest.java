package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.Finding;
import org.anjuan.domain.Handover;
import org.anjuan.domain.HandoverStatus;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoverServiceTest {

    @TempDir
    Path dir;

    private AppContext app;
    private HandoverService handovers;

    @BeforeEach
    void open() {
        app = AppContext.open(new InstallationSettings(dir, dir.resolve("register"), Locale.SIMPLIFIED_CHINESE, "档案员"));
        handovers = app.handovers();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aReturnedFileIsHandedOverAgainAndAcceptedWithItsDefectsWaived() throws IOException {
        long id = importCase("""
                - {title: 立案审批表, pages: 2}
                - {title: 询问笔录, file: scans/interview.pdf}
                - {title: 罚没款收据复印件, pages: 1, copy: {source: 厦门市财政局}}
                """);
        Files.delete(dir.resolve("case/scans/interview.pdf"));
        assertThat(handovers.status(id)).isEqualTo(HandoverStatus.NOT_HANDED_OVER);
        assertThat(refusal(() -> handovers.check(id, List.of())))
                .isEqualTo("案件“厦门某置业有限公司未按规定修建防空地下室案”当前未移交，没有待验收的移交。请先登记移交（handover receive）。");

        Handover first = handovers.receive(id, "执法监督处", "李明");
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.pages()).isEqualTo(5);
        assertThat(first.receivedBy()).isEqualTo("档案员");
        assertThat(handovers.status(id)).isEqualTo(HandoverStatus.PENDING);
        assertThat(refusal(() -> handovers.receive(id, "执法监督处", "李明"))).contains("第 1 次移交尚待验收");

        Handover checked = handovers.check(id, List.of("缺少送达回证"));
        assertThat(checked.findings()).extracting(Finding::text).containsExactly(
                "第 2 份材料“询问笔录”在目录中登记了扫描件 scans/interview.pdf，案件文件夹里却没有：材料与目录不符。",
                "第 3 份材料“罚没款收据复印件”为复印件，未注明“与原件核对无误”的来源、日期或核对人（第六条）。",
                "缺少送达回证");
        assertThat(refusal(() -> handovers.accept(id, Map.of(2, "已补盖核对章"))))
                .isEqualTo("还有 2 项验收问题未放行（第 1、3 项），不能接收。请逐项写明放行说明（--waive N --note 说明），"
                        + "或退回承办人重新整理（handover return --reason 理由）。");
        assertThat(refusal(() -> handovers.returnFile(id, List.of()))).startsWith("退回须写明理由");

        Handover returned = handovers.returnFile(id, List.of("询问笔录扫描件缺失", "缺少送达回证"));
        assertThat(returned.status()).isEqualTo(HandoverStatus.RETURNED);
        assertThat(returned.findings()).hasSize(3).allMatch(Finding::open);

        handovers.receive(id, "执法监督处", "王芳");
        handovers.check(id, List.of());
        TestScans.pdf(dir.resolve("case/scans/interview.pdf"), List.of("question"));
        assertThat(refusal(() -> handovers.accept(id, Map.of(1, "已核对")))).startsWith(
                "案件“厦门某置业有限公司未按规定修建防空地下室案”在上次验收检查后有改动（材料或扫描件），放行的编号可能已对不上。");
        Files.delete(dir.resolve("case/scans/interview.pdf"));
        Handover accepted = handovers.accept(id, Map.of(1, "纸质原件已核对，扫描件另行补交", 2, "已补盖核对章"));
        assertThat(accepted.round()).isEqualTo(2);
        assertThat(accepted.status()).isEqualTo(HandoverStatus.ACCEPTED);
        assertThat(accepted.findings()).extracting(Finding::waiver).containsExactly("纸质原件已核对，扫描件另行补交", "已补盖核对章");
        assertThat(refusal(() -> handovers.receive(id, "执法监督处", "王芳"))).contains("已验收接收，不需要再移交");

        List<Handover> history = handovers.history(id);
        assertThat(history).extracting(Handover::round, Handover::fromPerson, Handover::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "李明", HandoverStatus.RETURNED),
                org.assertj.core.groups.Tuple.tuple(2, "王芳", HandoverStatus.ACCEPTED));
        assertThat(history.get(0).reasons()).containsExactly("询问笔录扫描件缺失", "缺少送达回证");
    }

    @Test
    void withTheSettingOnOnlyAnAcceptedCaseIsBound() throws IOException {
        long id = importCase("- {title: 立案审批表, pages: 2}\n- {title: 行政处罚决定书, pages: 3}\n");
        assertThat(handovers.required()).isFalse();
        assertThat(app.bind().prepare(id, ProgressListener.NONE).volumes()).hasSize(1);

        handovers.setRequired(true);
        assertThat(refusal(() -> app.bind().prepare(id, ProgressListener.NONE))).isEqualTo(
                "案件“厦门某置业有限公司未按规定修建防空地下室案”尚未经档案室验收接收（当前：未移交），不能装订。"
                        + "请先登记移交并验收接收（handover receive、handover accept），或关闭“装订前须先验收”（handover require --off）。");
        handovers.receive(id, "执法监督处", "李明");
        assertThat(refusal(() -> app.bind().prepare(id, ProgressListener.NONE))).contains("（当前：待验收）");
        handovers.accept(id, Map.of());
        assertThat(app.bind().prepare(id, ProgressListener.NONE).volumes()).hasSize(1);
    }

    @Test
    void theAcceptanceSheetListsTheMaterialsFindingsAndDecision() throws IOException {
        long id = importCase("- {title: 立案审批表, pages: 2}\n- {title: 收据复印件, pages: 1, copy: {source: 财政局}}\n");
        assertThat(refusal(() -> handovers.sheet(id, null))).contains("还没有移交记录");
        handovers.receive(id, "执法监督处", "李明");
        handovers.accept(id, Map.of(1, "已补盖核对章"));

        var sheet = handovers.sheet(id, null);
        assertThat(sheet.fonds()).isEqualTo("厦门市国防动员办公室");
        assertThat(sheet.pages()).isEqualTo(3);
        assertThat(sheet.findings()).singleElement().asString()
                .startsWith("1. 第 2 份材料“收据复印件”为复印件").endsWith("（已放行：已补盖核对章）");
        assertThat(sheet.decision()).startsWith("验收合格，接收（").endsWith("，档案员）");
        assertThat(refusal(() -> handovers.sheet(id, 3))).contains("没有第 3 次移交（共 1 次）");
    }

    private long importCase(String materials) throws IOException {
        Path caseDir = dir.resolve("case");
        TestScans.pdf(caseDir.resolve("scans/interview.pdf"), List.of("question", "answer"));
        TestScans.caseYaml(caseDir, "行政处罚一般程序", materials);
        return app.cases().importFolder(caseDir).id();
    }

    private String refusal(Runnable action) {
        AnjuanException e = catchThrowableOfType(AnjuanException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        return app.messages().text(e);
    }
}
