package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxLocation;
import org.anjuan.domain.BoxPlan;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.PlannedBox;
import org.anjuan.i18n.Messages;
import org.anjuan.store.BoxRepository;
import org.anjuan.store.Database;
import org.anjuan.store.RegisterFixture;
import org.anjuan.store.SettingsStore;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boxing plan (装盒方案) and box locations: shown without saving, applied in one go, shelved. */
class BoxPlanServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private BoxService service;
    private SettingsService settings;
    private RegisterFixture register;
    private final Messages chinese = Messages.chinese();

    @BeforeEach
    void open() {
        db = Database.openFile(dir.resolve("register"));
        SettingsStore store = new SettingsStore(db);
        service = new BoxService(db, new BoxRepository(db), store, "档案员");
        settings = new SettingsService(store, "档案员");
        register = new RegisterFixture(db);
        // five 永久 volumes of 100–104 pages (11.0–11.4 mm each), one 10年 and one 30年 inspection volume
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 3, 20), 5);
        register.bind(Category.PUNISHMENT_SIMPLE, LocalDate.of(2023, 5, 8), 1);
        register.bind(Category.INSPECTION, LocalDate.of(2023, 6, 1), 1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void thePlanIsShownWithoutSavingAndAppliedWithTheNumbersAndSpinesTheClerkSaw() {
        BoxPlan plan = service.plan(2023, null);

        assertThat(plan.boxes()).extracting(b -> b.code().text() + " " + b.retention().label() + " " + b.spineMm()
                        + "mm " + b.first().seq() + "–" + b.last().seq() + " " + b.thicknessMm())
                .containsExactly("2023-检-001 30年 20mm 1–1 11.0", "2023-罚-001 永久 50mm 1–4 44.6",
                        "2023-罚-002 永久 20mm 5–5 11.4", "2023-罚-003 10年 20mm 6–6 11.0");
        assertThat(service.boxes()).isEmpty();

        List<ArchiveBox> saved = service.applyPlan(plan);

        assertThat(saved).extracting(b -> b.code().text() + " " + b.spineMm() + " " + b.contentsUm())
                .containsExactly("2023-检-001 20 11000", "2023-罚-001 50 44600", "2023-罚-002 20 11400",
                        "2023-罚-003 20 11000");
        assertThat(service.boxes()).isEqualTo(saved);
        assertThat(service.boxableVolumes()).allMatch(BoxableVolume::boxed);
        assertThat(service.plan(null, null).isEmpty()).isTrue();
        refused(() -> service.applyPlan(service.plan(null, null)), "没有需要装盒的案卷");
    }

    @Test
    void aPlanOvertakenByAnotherClerkSavesNothing() {
        BoxPlan plan = service.plan(2023, "罚");
        service.createBox(List.of("2023年厦国动罚字第06号"), 20); // takes 2023-罚-001 meanwhile

        refused(() -> service.applyPlan(plan), "装盒方案已过时：方案中的 2023-罚-001 现在应编为 2023-罚-002");
        assertThat(service.boxes()).extracting(b -> b.code().text()).containsExactly("2023-罚-001");
        // planned again, the hand-made box's volume is left out and the numbers follow it
        assertThat(service.plan(2023, "罚").boxes()).extracting(b -> b.code().text())
                .containsExactly("2023-罚-002", "2023-罚-003");
    }

    @Test
    void theOfficesThicknessSettingsDecideHowManyBoxes() {
        assertThat(settings.boxFilling()).isEqualTo(new org.anjuan.domain.BoxFilling(0.1, 1.0, false, 2.0));

        settings.changeBoxFilling(null, null, true, null); // two-sided: 100 pages are 50 sheets, 6 mm

        assertThat(service.plan(2023, "行政处罚").boxes()).extracting(PlannedBox::spineMm, b -> b.volumes().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(40, 5), org.assertj.core.groups.Tuple.tuple(20, 1));
        assertThat(settings.boxFilling().duplex()).isTrue();
        refused(() -> settings.changeBoxFilling(-1.0, null, null, null),
                "装盒估算设置 box.sheet.mm 的值 -1 毫米无效：应在 0.01 至 1 毫米之间。");
        assertThat(settings.boxFilling().sheetMm()).isEqualTo(0.1);
    }

    @Test
    void aBoxIsShelvedByItsCodeAndARoomIsRequired() {
        service.applyPlan(service.plan(2023, "检"));

        ArchiveBox box = service.locate("2023-检-001", "一号库房", "3柜", "2层");

        assertThat(box.location()).isEqualTo(new BoxLocation("一号库房", "3柜", "2层"));
        assertThat(service.box("2023-检-001").location().text()).isEqualTo("一号库房 / 3柜 / 2层");
        refused(() -> service.locate("2023-检-001", " ", "3柜", "2层"), "没有写库房");
        refused(() -> service.locate("2023-检-009", "一号库房", null, null), "档案盒“2023-检-009”不存在。");
        assertThat(service.box("2023-检-001").location().shelf()).isEqualTo("2层");
    }

    private void refused(ThrowingCallable call, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AnjuanException.class,
                e -> assertThat(chinese.text(e)).contains(text));
    }
}
