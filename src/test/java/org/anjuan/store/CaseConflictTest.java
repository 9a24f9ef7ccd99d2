package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two clerks at two workstations open the same case and both change it: the first change is saved, the second
 * is refused with a message naming who changed the case and when, and nothing of the first is lost
 * (optimistic locking on the case's version).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class CaseConflictTest {

    @Parameter
    Engine engine;

    @Test
    void theSecondClerksOrderIsRefusedAndTheFirstClerksStays(@TempDir Path dir) {
        try (Database first = engine.openFile(dir.resolve("register"));
             Database second = engine.openFile(dir.resolve("register"))) {
            long id = TestCases.store(first);
            CaseFile seenByWang = new CaseRepository(first).get(id);
            CaseFile seenByLi = new CaseRepository(second).get(id);
            assertThat(seenByLi.version()).isEqualTo(seenByWang.version());

            CaseFile saved = new CaseRepository(first).saveOrder(reversed(seenByWang), "王芳");
            assertThat(saved.version()).isEqualTo(seenByWang.version() + 1);

            List<Material> liOrder = List.of(seenByLi.materials().get(1), seenByLi.materials().get(0),
                    seenByLi.materials().get(2));
            assertThatThrownBy(() -> new CaseRepository(second).saveOrder(seenByLi.withMaterials(liOrder), "李明"))
                    .isInstanceOfSatisfying(AnjuanException.class, e -> {
                        assertThat(e.key()).isEqualTo("db.case.conflict");
                        assertThat(Messages.chinese().text(e)).startsWith(
                                "案件“厦门某置业有限公司未按规定修建防空地下室案”在您打开之后已被 王芳 于 ")
                                .contains("您的这次修改没有保存，对方的修改完好无损");
                    });

            CaseFile now = new CaseRepository(second).get(id);
            assertThat(now.materials()).extracting(Material::title)
                    .containsExactly("罚没款收据复印件", "行政处罚决定书", "立案审批表");
            assertThat(now.version()).isEqualTo(saved.version());
            assertThat(first.dsl().select(AUDIT_LOG.ACTOR).from(AUDIT_LOG)
                    .where(AUDIT_LOG.ACTION.eq("material.reorder")).fetch(AUDIT_LOG.ACTOR)).containsExactly("王芳");
            assertThat(new AuditLog(second).verify().intact()).isTrue();

            // read again, the second clerk's change goes through
            CaseFile again = new CaseRepository(second).saveOrder(now.withMaterials(List.of(now.materials().get(2),
                    now.materials().get(1), now.materials().get(0))), "李明");
            assertThat(again.version()).isEqualTo(saved.version() + 1);
        }
    }

    @Test
    void aRetentionChoiceMadeFromAnOlderCopyIsRefusedToo() {
        try (Database db = engine.open("conflict-retention-" + System.nanoTime())) {
            CaseRepository cases = new CaseRepository(db);
            long id = TestCases.store(db);
            CaseFile seen = cases.get(id);
            cases.saveOrder(reversed(seen), "王芳");

            assertThatThrownBy(() -> cases.setRetention(id, "YEARS_10", "经分管领导批准", "李明", seen.version()))
                    .isInstanceOfSatisfying(AnjuanException.class,
                            e -> assertThat(e.key()).isEqualTo("db.case.conflict"));
            assertThat(cases.retentionOverride(id)).isEmpty();

            cases.setRetention(id, "YEARS_10", "经分管领导批准", "李明", cases.get(id).version());
            assertThat(cases.retentionOverride(id)).hasValueSatisfying(o -> assertThat(o[0]).isEqualTo("YEARS_10"));
        }
    }

    private static CaseFile reversed(CaseFile c) {
        return c.withMaterials(List.of(c.materials().get(2), c.materials().get(1), c.materials().get(0)));
    }
}
