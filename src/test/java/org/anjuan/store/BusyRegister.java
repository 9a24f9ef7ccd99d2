package org.anjuan.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxLocation;
import org.anjuan.domain.BoxRun;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.Finding;
import org.anjuan.domain.FindingKind;
import org.anjuan.domain.HandedMaterial;
import org.anjuan.domain.Handover;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.RetentionPeriod;

/**
 * A register that has been used for a while, with rows in most tables: bound cases of several categories and
 * years, a voided number, a case with its parties and materials, a redone case, page marks, a returned and an
 * accepted handover, a changed setting and a clerk's retention choice. For moving and restoring whole registers.
 */
public final class BusyRegister {

    private BusyRegister() {
    }

    public static void fill(Database db) {
        RegisterFixture register = new RegisterFixture(db);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 2);
        register.voidedNumber(2023, "罚");
        String simple = register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 5, 8), 1).get(0);
        register.chooseRetention(simple, RetentionPeriod.YEARS_30);
        register.bind(Category.INSPECTION, LocalDate.of(2023, 7, 2), 1);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2024, 1, 9), 3, Set.of(CaseFlag.MAJOR));
        BoxRepository boxes = new BoxRepository(db);
        List<BoxableVolume> inspections = boxes.boundVolumes(2023, "检");
        ArchiveBox box = boxes.save(BoxRun.of(inspections, inspections), 30, "档案员");
        boxes.locate(box.id(), new BoxLocation("一号库房", "3柜", "2层"), "档案员");

        long open = TestCases.store(db);
        CaseRepository cases = new CaseRepository(db);
        cases.linkRedone(open, 1, "档案员");
        new VolumeRepository(db).setOverride(open, "scans/decision.pdf", 2, PageKind.BLANK, "档案员");
        HandoverRepository handovers = new HandoverRepository(db);
        List<HandedMaterial> handed = List.of(new HandedMaterial(1, "立案审批表", null, 2),
                new HandedMaterial(2, "行政处罚决定书", "厦国动罚决〔2023〕5号", 4));
        String title = cases.get(open).title();
        handovers.receive(open, title, "执法监督处", "李明", handed, "档案员");
        List<Finding> missing = List.of(new Finding(1, FindingKind.CLERK_ITEM, 0, "缺少送达回证", null));
        handovers.saveCheck(open, title, missing, "档案员");
        handovers.decide(open, title, Handover.Decision.RETURNED, missing, List.of("缺少送达回证"), "档案员");
        handovers.receive(open, title, "执法监督处", "王芳", handed, "档案员");
        handovers.setRequired(true, "档案员");
    }
}
