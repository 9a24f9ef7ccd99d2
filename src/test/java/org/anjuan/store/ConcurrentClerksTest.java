package org.anjuan.store;

import static org.anjuan.store.jooq.Tables.ARCHIVE_NUMBER;
import static org.anjuan.store.jooq.Tables.AUDIT_LOG;
import static org.anjuan.store.jooq.Tables.CASE_FILE;
import static org.anjuan.store.jooq.Tables.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight workstations — each with a connection pool of its own, as eight PCs would have — issuing archive numbers
 * and binding cases into the same register at the same time, all starting on a year and word nobody has numbered
 * yet. Nothing is lost or issued twice, the numbers have no gap, every bound volume carries its own number and
 * the audit chain is one unbroken chain.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class ConcurrentClerksTest {

    private static final int CLERKS = 8;
    private static final int ROUNDS = 20;
    private static final ArchiveNumberFormat FORMAT = ArchiveNumberFormat.standard();

    @Parameter
    Engine engine;

    @Test
    void eightWorkstationsIssuingAndBindingAtOnceLoseAndDuplicateNothing(@TempDir Path dir) throws Exception {
        Path register = dir.resolve("register");
        List<Database> workstations = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
        try {
            for (int i = 0; i < CLERKS; i++) {
                workstations.add(engine.openFile(register));
            }
            CyclicBarrier start = new CyclicBarrier(CLERKS);
            List<Callable<Work>> clerks = new ArrayList<>();
            for (int t = 0; t < CLERKS; t++) {
                Database db = workstations.get(t);
                String clerk = "档案员" + (t + 1);
                clerks.add(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return work(db, clerk);
                });
            }
            Work total = new Work();
            for (Future<Work> f : pool.invokeAll(clerks, 5, TimeUnit.MINUTES)) {
                total.add(f.get());
            }

            Database db = workstations.get(0);
            int numbers = total.loose.size() + total.bound.values().stream().mapToInt(List::size).sum();
            List<Integer> seqs = db.dsl().select(ARCHIVE_NUMBER.SEQ).from(ARCHIVE_NUMBER)
                    .where(ARCHIVE_NUMBER.NUMBER_YEAR.eq(2024), ARCHIVE_NUMBER.WORD.eq("罚"))
                    .orderBy(ARCHIVE_NUMBER.SEQ).fetch(ARCHIVE_NUMBER.SEQ);
            assertThat(seqs).as("every number issued once, none skipped")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers).boxed().toList());
            List<String> handedOut = new ArrayList<>(total.loose);
            total.bound.values().forEach(handedOut::addAll);
            assertThat(handedOut).as("what the clerks were given is what the register holds")
                    .doesNotHaveDuplicates().hasSize(numbers);

            assertThat(db.dsl().fetchCount(CASE_FILE)).isEqualTo(total.bound.size());
            for (Map.Entry<Long, List<String>> c : total.bound.entrySet()) {
                assertThat(db.dsl().select(VOLUME.ARCHIVE_NUMBER).from(VOLUME).where(VOLUME.CASE_ID.eq(c.getKey()))
                        .orderBy(VOLUME.VOLUME_NO).fetch(VOLUME.ARCHIVE_NUMBER))
                        .as("case %s's volumes, one number each", c.getKey()).isEqualTo(c.getValue());
                assertThat(db.dsl().select(ARCHIVE_NUMBER.TEXT).from(ARCHIVE_NUMBER)
                        .where(ARCHIVE_NUMBER.CASE_ID.eq(c.getKey())).orderBy(ARCHIVE_NUMBER.VOLUME_NO)
                        .fetch(ARCHIVE_NUMBER.TEXT)).isEqualTo(c.getValue());
            }

            AuditVerdict chain = new AuditLog(db).verify();
            assertThat(chain.intact()).as(String.valueOf(chain)).isTrue();
            // a bind: case.import + one number.issue and one volume.bind per volume; a loose number: number.issue
            int expectedLines = total.bound.size() + 2 * (numbers - total.loose.size()) + total.loose.size();
            assertThat(chain.entries()).isEqualTo(expectedLines).isEqualTo(db.dsl().fetchCount(AUDIT_LOG));
        } finally {
            pool.shutdownNow();
            workstations.forEach(Database::close);
        }
    }

    /** One clerk's day: binding cases of one to three volumes, and now and then a number on its own. */
    private static Work work(Database db, String clerk) {
        CaseRepository cases = new CaseRepository(db);
        NumberRegister numbers = new NumberRegister(db);
        VolumeRepository volumes = new VolumeRepository(db);
        Work done = new Work();
        for (int round = 0; round < ROUNDS; round++) {
            int count = 1 + round % 3;
            String title = clerk + "装订的第" + (round + 1) + "件案卷";
            // one transaction, as BindService commits a bind: the case, its numbers, its volumes
            List<String> issued = db.inTransaction(() -> {
                CaseFile saved = cases.save(new CaseFile(null, Category.PUNISHMENT_GENERAL, title, List.of("厦门某公司"),
                        "执法监督处", "李明、王芳", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), java.util.Set.of(),
                        null, List.of(), null), clerk);
                List<String> texts = numbers.issue(FORMAT, 2024, "罚", count, saved.id(), clerk).stream()
                        .map(ArchiveNumber::text).toList();
                volumes.saveBound(saved.id(), IntStream.range(0, count).mapToObj(i -> new BoundVolume(i + 1, count,
                        false, texts.get(i), texts.get(i) + ".pdf", 50, 3)).toList(), clerk);
                done.bound.put(saved.id(), texts);
                return texts;
            });
            assertThat(issued).hasSize(count);
            if (round % 4 == 0) {
                done.loose.add(numbers.issue(FORMAT, 2024, "罚", 1, null, clerk).get(0).text());
            }
        }
        return done;
    }

    private static final class Work {
        final List<String> loose = new ArrayList<>();
        final Map<Long, List<String>> bound = new java.util.LinkedHashMap<>();

        void add(Work other) {
            loose.addAll(other.loose);
            bound.putAll(other.bound);
        }
    }
}
