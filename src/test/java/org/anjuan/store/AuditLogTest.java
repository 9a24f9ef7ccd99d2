package org.anjuan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anjuan.domain.ArchiveNumberFormat;
import org.anjuan.domain.AuditEntry;
import org.anjuan.domain.AuditFault;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.Category;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chain as the store writes it, tampered with the way someone with the database file would: plain SQL over
 * JDBC, bypassing the application. Each tampering is found at the right line.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class AuditLogTest {

    @Parameter
    Engine engine;

    private final String name = "audit-" + UUID.randomUUID();
    private Database db;
    private AuditLog log;

    @BeforeEach
    void open() {
        db = engine.open(name);
        log = new AuditLog(db);
        RegisterFixture register = new RegisterFixture(db);
        register.bind(Category.PUNISHMENT_GENERAL, LocalDate.of(2023, 11, 20), 2); // import, 2 numbers, 2 volumes
        register.voidedNumber(2023, "罚"); // issue, void
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theLogAsWrittenIsIntact() throws SQLException {
        AuditVerdict v = log.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(7).isEqualTo(count());
        assertThat(v.entryId()).isEqualTo(7L);
        assertThat(v.lastHash()).isEqualTo(query("SELECT last_hash FROM audit_head"))
                .isEqualTo(query("SELECT entry_hash FROM audit_log WHERE id = 7"));
        assertThat(query("SELECT previous_hash FROM audit_log WHERE id = 4"))
                .isEqualTo(query("SELECT entry_hash FROM audit_log WHERE id = 3"));
    }

    @Test
    void timesAreStoredToTheMillisecondTheyAreSealedWith() throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT at FROM audit_log")) {
            while (r.next()) {
                assertThat(r.getTimestamp(1).getNanos() % 1_000_000).isZero();
            }
        }
    }

    @Test
    void anEditedDetailIsFound() throws SQLException {
        sql("UPDATE audit_log SET detail = 'case 9 volume 1' WHERE id = 3");
        assertFault(AuditFault.EDITED, 3, 2L);
    }

    @Test
    void anEditedActorOrTimeIsFound() throws SQLException {
        sql("UPDATE audit_log SET at = at - INTERVAL '1' SECOND WHERE id = 5");
        assertFault(AuditFault.EDITED, 5, 4L);
    }

    @Test
    void aDeletedMiddleLineIsFoundAtTheLineAfterIt() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 4");
        assertFault(AuditFault.DELETED, 5, 3L);
    }

    @Test
    void aDeletedLastLineIsFoundThroughTheHead() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 7");
        assertFault(AuditFault.TAIL_DELETED, 7, 6L);
    }

    @Test
    void aLineInsertedAfterTheLastIsFound() throws SQLException {
        String previous = query("SELECT entry_hash FROM audit_log WHERE id = 7");
        sql("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, previous_hash, entry_hash) "
                + "VALUES (8, CURRENT_TIMESTAMP, '档案员', 'number.void', 'archive_number', '2023年厦国动罚字第01号', "
                + "'误取号', '" + previous + "', '" + "ab".repeat(32) + "')");
        assertFault(AuditFault.INSERTED, 8, 7L);
    }

    @Test
    void aLineInsertedInAGapWithoutASealIsFound() throws SQLException {
        // make a gap the way a rolled-back change would, then slip a line into it
        sql("DELETE FROM audit_log WHERE id = 4");
        sql("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail) "
                + "VALUES (4, CURRENT_TIMESTAMP, '档案员', 'case.update', 'case', '1', NULL)");
        assertFault(AuditFault.UNSEALED, 4, 3L);
    }

    @Test
    void laterChangesDoNotHideATampering() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 4");
        new RegisterFixture(db).voidedNumber(2024, "罚");
        assertFault(AuditFault.DELETED, 5, 3L);
    }

    @Test
    void writersAtTheSameTimeMakeOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int year = 2030 + i;
                done.add(pool.submit(() -> {
                    for (int k = 0; k < 10; k++) {
                        new RegisterFixture(db).voidedNumber(year, "罚");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditVerdict v = log.verify();
        assertThat(v.intact()).as(String.valueOf(v)).isTrue();
        assertThat(v.entries()).isEqualTo(7 + 4 * 10 * 2);
    }

    @Test
    void writersLockingRowsInOppositeOrdersDoNotDeadlockOnTheChain() throws Exception {
        // binding saves the case, then takes the number sequence's row; numbering takes that row, then audits.
        // Were the chain locked at the first line, each would wait for the other until the lock timeout.
        CaseRepository cases = new CaseRepository(db);
        NumberRegister numbers = new NumberRegister(db);
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch numbered = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> binding = pool.submit(() -> db.inTransaction(() -> {
                long id = cases.save(TestCases.punishment("/cases/b"), "甲").id();
                saved.countDown();
                await(numbered);
                numbers.issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, id, "甲");
                return id;
            }));
            Future<?> numbering = pool.submit(() -> db.inTransaction(() -> {
                await(saved);
                numbers.issue(ArchiveNumberFormat.standard(), 2023, "罚", 1, null, "乙");
                numbered.countDown();
                return null;
            }));
            numbering.get(10, TimeUnit.SECONDS);
            binding.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        AuditVerdict v = log.verify();
        assertThat(v.intact()).isTrue();
        assertThat(log.recent(null, null, 3)).extracting(AuditEntry::actor).containsExactly("乙", "甲", "甲");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void recentLinesAreShownOldestFirstAndByCase() {
        List<AuditEntry> last = log.recent(null, null, 2);
        assertThat(last).extracting(AuditEntry::action).containsExactly("number.issue", "number.void");
        List<AuditEntry> ofCase = log.recent(1L, null, 50);
        assertThat(ofCase).extracting(AuditEntry::action)
                .containsExactly("case.import", "number.issue", "number.issue", "volume.bind", "volume.bind");
        assertThat(log.recent(null, "archive_number", 50)).hasSize(4);
    }

    @Test
    void linesWrittenBeforeTheChainAreSealedWhenTheRegisterIsOpened() throws SQLException {
        String older = "audit-older-" + UUID.randomUUID();
        Engine.Login login = engine.login(older);
        Flyway.configure().dataSource(login.url(), login.user(), login.password()).locations("classpath:db/migration")
                .target("5").load().migrate();
        try (Connection c = login.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (id, at, actor, action, entity, "
                     + "entity_id, detail) VALUES (?, ?, '档案员', 'settings.save', 'setting', NULL, ?)")) {
            for (long id : new long[] {1, 2, 5}) { // 3 and 4 rolled back
                p.setLong(1, id);
                p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000)));
                p.setString(3, id == 2 ? null : "第 " + id + " 次");
                p.executeUpdate();
            }
        }
        try (Database opened = engine.open(older)) {
            AuditVerdict v = new AuditLog(opened).verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(3);
            assertThat(v.entryId()).isEqualTo(5L);
            new RegisterFixture(opened).voidedNumber(2024, "罚");
            AuditVerdict after = new AuditLog(opened).verify();
            assertThat(after.intact()).isTrue();
            assertThat(after.entries()).isEqualTo(5);
            assertThat(after.entryId()).isEqualTo(7L);
        }
        try (Database reopened = engine.open(older);
             Connection c = login.connect();
             Statement s = c.createStatement()) {
            assertThat(new AuditLog(reopened).verify().entries()).isEqualTo(5);
            s.executeUpdate("UPDATE audit_log SET detail = '第 9 次' WHERE id = 5");
            AuditVerdict v = new AuditLog(reopened).verify();
            assertThat(v.fault()).isEqualTo(AuditFault.EDITED);
            assertThat(v.entryId()).isEqualTo(5L);
        }
    }

    private void assertFault(AuditFault fault, long entryId, Long previousId) {
        AuditVerdict v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.fault()).isEqualTo(fault);
        assertThat(v.entryId()).isEqualTo(entryId);
        assertThat(v.previousId()).isEqualTo(previousId);
    }

    private Connection jdbc() throws SQLException {
        return engine.login(name).connect();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private String query(String select) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(select)) {
            r.next();
            return r.getString(1);
        }
    }

    private long count() throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM audit_log"));
    }
}
