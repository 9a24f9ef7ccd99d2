package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.VolumeForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class VolumeFormRepositoryTest {

    @Parameter
    Engine engine;

    private static final String FIRST = "2023年厦国动罚字第01号";
    private static final String SECOND = "2023年厦国动罚字第02号";

    @Test
    void aBoundVolumesFormsComeBackAsTheyWereBound() {
        try (Database db = engine.open("forms")) {
            long caseId = bound(db);
            VolumeFormRepository forms = new VolumeFormRepository(db);
            VolumeForms one = forms(FIRST, 1, List.of(new VolumeForms.PaperOriginal(2, "现场照片", 4, 9)));
            VolumeForms two = forms(SECOND, 2, List.of());
            db.transaction(tx -> {
                forms.save(caseId, 1, one);
                forms.save(caseId, 2, two);
                return null;
            });

            assertThat(forms.byArchiveNumber(FIRST)).contains(one);
            assertThat(forms.byArchiveNumber(" " + SECOND + " ")).contains(two);
            assertThat(forms.byArchiveNumber("2023年厦国动罚字第09号")).isEmpty();
            assertThat(forms.forCase(caseId)).containsExactly(one, two);
        }
    }

    @Test
    void aCaseNotYetBoundHasNoFormsToPrint() {
        try (Database db = engine.open("unbound")) {
            CaseFile saved = new CaseRepository(db).save(TestCases.punishment("/cases/u"), "档案员");
            assertThatThrownBy(() -> new VolumeFormRepository(db).forCase(saved.id()))
                    .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("print.notBound"));
        }
    }

    private static long bound(Database db) {
        CaseFile saved = new CaseRepository(db).save(TestCases.punishment("/cases/f"), "档案员");
        new VolumeRepository(db).saveBound(saved.id(), List.of(
                new BoundVolume(1, 2, false, FIRST, "/out/1.pdf", 180, 6),
                new BoundVolume(2, 2, false, SECOND, "/out/2.pdf", 40, 2)), "档案员");
        return saved.id();
    }

    private static VolumeForms forms(String number, int volume, List<VolumeForms.PaperOriginal> paper) {
        CoverSheet cover = new CoverSheet("厦门市国防动员办公室", "行政处罚一般程序", "厦门某公司未按规定修建防空地下室案",
                "2023年3月6日至2023年6月20日", "永久", 6, 180, number, volume, 2, volume == 1 ? "秘密" : null);
        List<DirectoryRow> rows = List.of(
                new DirectoryRow(1, "厦国动罚决字〔2023〕1号", "厦门市国防动员办公室", "行政处罚决定书", "2023年6月1日", "1", ""),
                new DirectoryRow(2, null, "承办人", "现场照片", null, "4–9", "复印件"));
        BackSheet back = new BackSheet(number, List.of("本卷共 6 件 180 页。", "第 2 件第 3 页为空白页，未编页号。"),
                "张三", volume == 1 ? null : "李四", "2023年12月11日");
        return new VolumeForms(cover, rows, back, paper);
    }
}
