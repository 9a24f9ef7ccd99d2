package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anjuan.app.AppContext;
import org.anjuan.app.InstallationSettings;
import org.anjuan.domain.HandoverStatus;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoverViewModelTest {

    @TempDir
    Path dir;

    private AppContext app;
    private final List<String> dialogs = new ArrayList<>();
    private HandoverViewModel vm;
    private long caseId;
    private int decided;

    @BeforeEach
    void open() throws IOException {
        app = AppContext.open(new InstallationSettings(dir, dir.resolve("register"), Locale.SIMPLIFIED_CHINESE, "档案员"));
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: 行政检查
                title: 某商场人防工程使用情况检查
                parties: [某商场]
                department: 工程管理处
                officer: 陈伟
                opened: 2023-05-04
                closed: 2023-05-20
                materials:
                  - {title: 现场检查记录, pages: 2}
                  - {title: 整改报告复印件, pages: 1, copy: true}
                """, StandardCharsets.UTF_8);
        caseId = app.cases().importFolder(caseDir).id();
        vm = new HandoverViewModel(BackgroundTasks.sameThread(), Messages.chinese(),
                (header, message, details) -> dialogs.add(message));
        vm.setOnDecided(() -> decided++);
        vm.open(HandoverDesk.of(app), caseId, "某商场人防工程使用情况检查", "工程管理处", "陈伟");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aCaseIsReceivedItsFindingsTickedWithNotesAndAccepted() {
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo(HandoverStatus.NOT_HANDED_OVER);
        assertThat(vm.statusTextProperty().get()).isEqualTo("移交状态：未移交");
        assertThat(vm.departmentProperty().get()).isEqualTo("工程管理处");

        vm.receive();
        assertThat(vm.statusTextProperty().get()).isEqualTo("移交状态：待验收（第 1 次移交，工程管理处 陈伟）");
        assertThat(vm.findings()).extracting(FindingRow::text)
                .containsExactly("第 2 份材料“整改报告复印件”为复印件，未注明“与原件核对无误”的来源、日期或核对人（第六条）。");

        vm.newItemProperty().set("缺少检查通知书");
        vm.check();
        assertThat(vm.findings()).extracting(FindingRow::text).hasSize(2).last().isEqualTo("缺少检查通知书");
        assertThat(vm.findings().get(1).no()).isEqualTo(2);
        assertThat(vm.newItemProperty().get()).isEmpty();

        vm.findings().get(0).waivedProperty().set(true);
        vm.check();
        assertThat(vm.findings().get(0).waivedProperty().get()).as("a new check keeps the tick").isTrue();
        vm.accept();
        assertThat(vm.messageProperty().get()).isEqualTo("放行第 1 项问题须写明说明（--note），例如“已折叠成A4”“已补盖核对章”。");
        vm.findings().get(0).noteProperty().set("已补盖核对章");
        vm.accept();
        assertThat(vm.messageProperty().get()).startsWith("还有 1 项验收问题未放行（第 2 项），不能接收。");
        assertThat(vm.statusProperty().get()).isEqualTo(HandoverStatus.PENDING);

        vm.findings().get(1).waivedProperty().set(true);
        vm.findings().get(1).noteProperty().set("经分管领导同意，检查通知书另行补正");
        vm.accept();
        assertThat(vm.statusProperty().get()).isEqualTo(HandoverStatus.ACCEPTED);
        assertThat(vm.messageProperty().get()).isEqualTo("已接收：验收合格。");
        assertThat(decided).isEqualTo(1);
        assertThat(dialogs).isEmpty();
        assertThat(app.handovers().status(caseId)).isEqualTo(HandoverStatus.ACCEPTED);
    }

    @Test
    void aReturnNeedsItsReasonsAndTheReopenedDialogShowsTheReturnedRound() {
        vm.receive();
        vm.returnFile();
        assertThat(vm.messageProperty().get()).isEqualTo("退回须写明理由（--reason），承办人据此重新整理（第十三条）。");

        vm.reasonsProperty().set("整改报告复印件未核对\n缺少检查通知书");
        vm.returnFile();
        assertThat(vm.statusProperty().get()).isEqualTo(HandoverStatus.RETURNED);
        assertThat(vm.messageProperty().get()).isEqualTo("已退回承办人重新整理。");
        assertThat(app.handovers().history(caseId).get(0).reasons()).containsExactly("整改报告复印件未核对", "缺少检查通知书");

        vm.close();
        vm.open(HandoverDesk.of(app), caseId, "某商场人防工程使用情况检查", "工程管理处", "陈伟");
        assertThat(vm.statusTextProperty().get()).isEqualTo("移交状态：已退回（第 1 次移交，工程管理处 陈伟）");
        assertThat(vm.findings()).hasSize(1);
        assertThat(vm.reasonsProperty().get()).isEmpty();
    }
}
