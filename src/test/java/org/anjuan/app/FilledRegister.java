package org.anjuan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.report.SignaturePng;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.Correction;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ProgressListener;

/**
 * A register with a row of every kind a clerk makes, through the services: cases with parties, materials, copies,
 * evidence and a redone link, a marked page, a chosen retention, settings, handovers (returned with findings and
 * reasons, and accepted), a bound case with its numbers, forms and volumes, a located box, a voided number,
 * a supplement and a correction, an AV record, a signed visit on the consultation register, and the audit lines
 * of all of it.
 */
final class FilledRegister {

    private FilledRegister() {
    }

    /** Fills the register of {@code app}; case folders and bound volumes go under {@code dir}. */
    static void fill(AppContext app, Path dir) throws IOException {
        app.archiveSettings().change(null, null, null, Map.of(), 300, null);
        app.archiveSettings().changeBoxFilling(0.12, null, null, null);

        Path bound = dir.resolve("cases/bound");
        TestScans.pdf(bound.resolve("scans/decision.pdf"), TestScans.pages("decision", 3));
        TestScans.caseYaml(bound, "行政处罚一般程序", """
                - {title: 行政处罚决定书, docNo: 厦国动罚决〔2023〕5号, author: 厦门市国防动员办公室, date: 2023-10-08, file: scans/decision.pdf}
                - {title: 立案审批表, pages: 2}
                - {title: 罚没款收据复印件, kind: 证据, pages: 1, copy: {source: 厦门市财政局, checkedBy: 王芳, checkedOn: 2023-11-03}}
                - title: 现场照片
                  kind: 照片
                  pages: 2
                  secondary: true
                  evidence: {name: 违建现场, content: 地下室未建, quantity: 2张, source: 现场拍摄, features: 彩色, takenAt: 2023-04-02T10:30, storedAt: 证物室A-03}
                """);
        long id = app.cases().importFolder(bound).id();
        app.cases().reorder(id, List.of(1, 0, 2, 3));
        app.cases().setPageKind(id, "scans/decision.pdf", 2, PageKind.BLANK);
        app.retention().choose(id, "永久", "经分管领导批准");
        app.handovers().receive(id, "执法监督处", "李明");
        app.handovers().accept(id, Map.of());
        app.bind().bind(bound, dir.resolve("volumes"), true, ProgressListener.NONE);
        String number = app.numbers().forCase(id).get(0).text();
        app.boxes().createBox(List.of(number), 30);
        app.boxes().locate(Long.toString(app.boxes().boxes().get(0).id()), "二楼档案室", "3号柜", "第2层");
        app.supplements().correct(id, null, new Correction("卷内目录第2号题名错写为“整改通知”", "已按原件更正题名"));
        app.supplements().add(id, new Addition("送达回证", 1, null, "张副主任",
                LocalDateTime.now().minusDays(1).withNano(0), "原归档时遗漏送达回证"));
        Path video = dir.resolve("av/检查.mp4");
        Files.createDirectories(video.getParent());
        Files.write(video, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'});
        app.avRecords().register(id, video, new AvDetails(AvKind.guess("检查.mp4"), "现场检查录像", "陈建华",
                LocalDateTime.of(2023, 5, 6, 10, 30), "思明区某大厦", "出示证件", LocalDateTime.of(2023, 5, 6, 17, 0),
                null, Set.of()), ProgressListener.NONE);

        // a visit on the consultation register, signed: the volume is out (ledger_entry, ledger_file, ledger_out)
        LedgerEntry visit = app.ledger().register(new LedgerRequest(LedgerKind.CONSULTATION,
                new Visitor("林晓", "执法监督处", VisitorCategory.INTERNAL_STAFF, "工作证", "XM-0042", "0592-5550101"),
                List.of(number), "查阅处罚依据", null, null));
        app.ledger().approve(visit.id(), "刘主任");
        app.ledger().sign(visit.id(), SignaturePng.drawn());

        String taken = app.numbers().issue(2024, "罚").text();
        app.numbers().voidNumber(taken, "误取号");

        Path returned = dir.resolve("cases/returned");
        TestScans.caseYaml(returned, "行政检查", "- {title: 检查记录, pages: 2}\n- {title: 整改通知书, pages: 1}\n");
        long second = app.cases().importFolder(returned).id();
        app.handovers().receive(second, "执法监督处", "王芳");
        app.handovers().check(second, List.of("缺少送达回证"));
        app.handovers().returnFile(second, List.of("缺少送达回证"));
        app.cases().linkRedone(second, Long.toString(id));
    }
}
