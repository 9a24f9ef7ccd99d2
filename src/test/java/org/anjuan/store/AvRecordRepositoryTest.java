package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvGround;
import org.anjuan.domain.AvKind;
import org.anjuan.domain.AvRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class AvRecordRepositoryTest {

    @Parameter
    Engine engine;

    private static final String SHA = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private Database db;
    private AvRecordRepository records;
    private long caseId;

    @BeforeEach
    void open() {
        db = engine.open("av" + System.nanoTime());
        records = new AvRecordRepository(db);
        caseId = TestCases.store(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsAreNumberedInTheOrderRegisteredAndReadBackAsStored() {
        AvRecord video = records.add(video("/srv/av/1.mp4", SHA, EnumSet.of(AvGround.OBSTRUCTION, AvGround.CRIME)),
                "档案员");
        AvRecord disc = records.add(new AvRecord(null, caseId, 0, AvKind.PHOTOS, "现场照片", "王芳",
                LocalDateTime.of(2023, 5, 6, 11, 0), "某地下车库", null, LocalDateTime.of(2023, 5, 6, 18, 0),
                "光盘 GP-2023-015", null, null, null, Set.of()), "档案员");
        assertThat(video.seq()).isEqualTo(1);
        assertThat(disc.seq()).isEqualTo(2);
        assertThat(records.forCase(caseId)).containsExactly(video, disc);
        assertThat(records.forCase(caseId).get(0).grounds()).containsExactly(AvGround.OBSTRUCTION, AvGround.CRIME);
        assertThat(db.dsl().select(AUDIT_LOG.DETAIL).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("av.add"))
                .fetch(AUDIT_LOG.DETAIL)).hasSize(2).anySatisfy(d -> assertThat(d).contains("光盘 GP-2023-015"))
                .anySatisfy(d -> assertThat(d).contains("第1号 录像《现场检查录像》").contains(SHA));
    }

    @Test
    void theSameFileIsNotRegisteredTwiceForOneCase() {
        records.add(video("/srv/av/1.mp4", SHA, Set.of()), "档案员");
        assertThatThrownBy(() -> records.add(video("/srv/av/copy.mp4", SHA, Set.of()), "档案员"))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    assertThat(e.key()).isEqualTo("av.duplicate");
                    assertThat(e.args()).containsExactly("/srv/av/copy.mp4", "1");
                });
        assertThat(records.forCase(caseId)).hasSize(1);
    }

    @Test
    void aCheckIsKeptInTheAuditLog() {
        AvRecord r = records.add(video("/srv/av/1.mp4", SHA, Set.of()), "档案员");
        records.recordCheck(caseId, List.of(new AvCheck(r, AvCheck.Result.CHANGED, "00ff")), "核验人");
        assertThat(db.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("av.verify")).fetchOne())
                .satisfies(a -> {
                    assertThat(a.getActor()).isEqualTo("核验人");
                    assertThat(a.getDetail()).isEqualTo("第1号 CHANGED 00ff");
                });
    }

    private AvRecord video(String file, String sha, Set<AvGround> grounds) {
        return new AvRecord(null, caseId, 0, AvKind.VIDEO, "现场检查录像", "李明", LocalDateTime.of(2023, 5, 6, 10, 30),
                "思明区某大厦", "出示证件，检查防护门", LocalDateTime.of(2023, 5, 6, 17, 0), file, file, 3L, sha, grounds);
    }
}
