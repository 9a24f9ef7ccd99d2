package org.anjuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxCommandTest {

    private static final String FA = "2023年厦国动罚字第";

    @TempDir
    Path dir;

    @Test
    void boundVolumesAreBoxedListedAndShownWithTheirLabel() throws IOException {
        bind("a", "行政处罚一般程序", "2023-03-20");
        bind("b", "行政处罚简易程序", "2023-05-08");
        bind("c", "行政处罚一般程序", "2023-11-02");

        CliRun mixed = run("box", "create", "--from", FA + "01号", "--to", FA + "03号");
        assertThat(mixed.code()).isEqualTo(Cli.REFUSED);
        assertThat(mixed.err()).contains(FA + "02号的保管期限是10年，与盒内其他案卷（永久）不同，不能装入同一盒。");

        CliRun first = run("box", "create", "--from", FA + "01号", "--spine", "20");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("已装盒 2023-罚-001：行政处罚，1 卷（" + FA + "01号），")
                .contains("保管期限 永久，盒脊 20 毫米");
        assertThat(run("box", "create", "--from", FA + "02号", "--to", FA + "02号").out())
                .contains("已装盒 2023-罚-002").contains("保管期限 10年，盒脊 30 毫米");

        CliRun badSpine = run("box", "create", "--from", FA + "03号", "--spine", "45");
        assertThat(badSpine.code()).isEqualTo(Cli.REFUSED);
        assertThat(badSpine.err()).contains("盒脊厚度 45 毫米无效：可用 20、30、40、50 毫米。");
        CliRun boxed = run("box", "create", "--from", FA + "02号", "--to", FA + "03号");
        assertThat(boxed.code()).isEqualTo(Cli.REFUSED);
        assertThat(boxed.err()).contains(FA + "02号（2023-罚-002）已装入档案盒");

        String list = run("box", "list").out();
        assertThat(list).contains("盒号").contains("起止卷号").contains("2023-罚-001").contains("2023-罚-002")
                .contains("2023年3月20日").contains("10年").contains("共 2 个档案盒。");

        CliRun show = run("box", "show", "2023-罚-001");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("档案盒 2023-罚-001").contains("全宗名称：厦门市国防动员办公室")
                .contains("案卷类别：行政处罚").contains("归档时间：2023年3月20日" + System.lineSeparator())
                .contains("起止卷号：" + FA + "01号 至 " + FA + "01号").contains("保管期限：永久")
                .contains("盒脊厚度：20 毫米").contains("陈某向人民防空工程内倾倒废弃物案")
                .contains("盒内共 1 卷，编页号共 3 页。");
        assertThat(run("box", "show", "1").out()).isEqualTo(show.out());

        String unboxed = run("box", "volumes", "--year", "2023", "--category", "行政处罚", "--unboxed").out();
        assertThat(unboxed).contains(FA + "03号").doesNotContain(FA + "01号").contains("未装盒")
                .contains("已装订 3 卷，其中未装盒 1 卷。");
        assertThat(run("box", "volumes").out()).contains(FA + "01号").contains("2023-罚-001");

        CliRun missing = run("box", "show", "2023-罚-009");
        assertThat(missing.code()).isEqualTo(Cli.REFUSED);
        assertThat(missing.err()).contains("档案盒“2023-罚-009”不存在");
    }

    @Test
    void thePlanIsPrintedUnsavedAppliedWithApplyAndTheBoxesAreShelved() throws IOException {
        bind("a", "行政处罚一般程序", "2023-03-20");
        bind("b", "行政处罚简易程序", "2023-05-08");
        bind("c", "行政处罚一般程序", "2023-11-02");

        CliRun plan = run("box", "plan", "--year", "2023");
        assertThat(plan.code()).as(plan.err()).isZero();
        // 3 numbered pages a volume: 0.3 mm of paper and 1 mm of covers; 永久 and 10年 never share a box
        assertThat(plan.out()).contains("盒号").contains("盒脊（毫米）").contains("估算厚度（毫米）")
                .containsPattern("2023-罚-001 +20 +" + FA + "01号 至 " + FA + "03号 +永久 +2 +2\\.6")
                .containsPattern("2023-罚-002 +20 +" + FA + "02号 +10年 +1 +1\\.3")
                .contains("装盒方案：3 卷装入 2 个档案盒（每张纸 0.1 毫米，材料单面印制，每卷封皮等 1 毫米，每盒留余量 2 毫米）。")
                .contains("方案尚未保存");
        assertThat(run("box", "list").out()).contains("共 0 个档案盒。");

        CliRun applied = run("box", "plan", "--category", "罚", "--apply");
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("已按方案装盒 2 个档案盒：2023-罚-001 至 2023-罚-002。");
        assertThat(run("box", "plan").out()).contains("没有未装盒的已装订案卷，无需装盒。");

        CliRun located = run("box", "locate", "2023-罚-001", "--room", "一号库房", "--cabinet", "3柜", "--shelf", "2层");
        assertThat(located.code()).as(located.err()).isZero();
        assertThat(located.out()).contains("已记录 2023-罚-001 的存放位置：一号库房 / 3柜 / 2层。");
        assertThat(run("box", "list").out()).contains("存放位置").contains("一号库房 / 3柜 / 2层").contains("未记录");
        assertThat(run("box", "show", "2023-罚-001").out()).contains("存放位置：一号库房 / 3柜 / 2层")
                .contains("估算厚度：2.6 毫米（按装盒方案装盒时估算）");
        CliRun noRoom = run("box", "locate", "2023-罚-002", "--room", " ");
        assertThat(noRoom.code()).isEqualTo(Cli.REFUSED);
        assertThat(noRoom.err()).contains("没有写库房");
    }

    @Test
    void theThicknessSettingsAreShownAndChanged() {
        assertThat(run("settings").out()).contains("装盒估算：每张纸 0.1 毫米，每卷封皮、目录和备考表 1 毫米，材料单面印制，每盒留余量 2 毫米");
        CliRun changed = run("settings", "--sheet-mm", "0.09", "--cover-mm", "0.8", "--duplex", "true",
                "--box-margin-mm", "3");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("装盒估算：每张纸 0.09 毫米，每卷封皮、目录和备考表 0.8 毫米，材料双面印制，每盒留余量 3 毫米");
        CliRun bad = run("settings", "--box-margin-mm", "30");
        assertThat(bad.code()).isEqualTo(Cli.REFUSED);
        assertThat(bad.err()).contains("装盒估算设置 box.margin.mm 的值 30 毫米无效：应在 0 至 20 毫米之间。");
    }

    @Test
    void eachBoxCommandExplainsItselfInChinese() {
        CliRun help = CliRun.of("box", "create", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--from").contains("--to").contains("盒脊厚度（毫米）：20、30、40 或 50，默认 30");
        assertThat(CliRun.of("box", "--help").out()).contains("create").contains("list").contains("show")
                .contains("volumes").contains("2023-罚-001").contains("plan").contains("locate");
        assertThat(CliRun.of("box", "plan", "--help").out()).contains("--year").contains("--category")
                .contains("--apply").contains("20/30/40/50");
        assertThat(CliRun.of("--help").out()).contains("box");
    }

    @Test
    void aNumberThatIsNoBoundVolumeIsRefused() {
        CliRun run = run("box", "create", "--from", FA + "07号");
        assertThat(run.code()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("“" + FA + "07号”不是已装订的案卷");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private void bind(String name, String category, String closed) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve(name));
        Files.writeString(caseDir.resolve("case.yaml"), """
                category: %s
                title: 陈某向人民防空工程内倾倒废弃物案
                parties: [陈某]
                department: 执法监督处
                officer: 陈建华、林晓雯
                opened: 2023-02-15
                closed: %s
                materials:
                  - {title: 当场行政处罚决定书, pages: 2}
                  - {title: 现场检查笔录, pages: 1}
                """.formatted(category, closed), StandardCharsets.UTF_8);
        CliRun bound = run("bind", caseDir.toString(), "--out", dir.resolve("out").toString());
        assertThat(bound.code()).as(bound.err()).isZero();
    }
}
