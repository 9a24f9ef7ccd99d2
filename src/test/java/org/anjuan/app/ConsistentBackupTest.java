package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.anjuan.domain.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while another connection keeps issuing archive numbers is one moment of the register: each number
 * with its audit line, the chain's head on its last line, the sequence where the numbers stop.
 */
class ConsistentBackupTest {

    @TempDir
    Path dir;

    @Test
    void numbersIssuedDuringTheBackupAreEitherWhollyInItOrNot() throws Exception {
        InstallationSettings office = BackupRoundTripTest.settings(dir.resolve("office"));
        AtomicInteger issued = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        BackupInfo backup;
        try (AppContext app = AppContext.open(office)) {
            for (int i = 0; i < 30; i++) {
                app.numbers().issue(2024, "罚");
            }
            Thread clerk = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        app.numbers().issue(2024, "罚");
                        issued.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failed.set(t);
                }
            }, "issuing numbers");
            clerk.start();
            int[] duringBackup = new int[2];
            ProgressListener slowly = (done, total, what) -> {
                if (duringBackup[0] == 0) {
                    // the snapshot is taken; let the other connection commit a few more before reading on
                    duringBackup[0] = issued.get() + 1;
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (issued.get() < duringBackup[0] + 5 && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    duringBackup[1] = issued.get();
                }
            };
            backup = BackupService.forInstallation(office).backup(dir.resolve("busy.zip"), slowly);
            stop.set(true);
            clerk.join(30_000);
            assertThat(failed.get()).isNull();
            assertThat(duringBackup[1]).as("numbers committed while the backup was reading")
                    .isGreaterThanOrEqualTo(duringBackup[0] + 5);
        }

        InstallationSettings elsewhere = BackupRoundTripTest.settings(dir.resolve("elsewhere"));
        RestoreResult restored = BackupService.forInstallation(elsewhere).restore(backup.file(), ProgressListener.NONE);
        assertThat(restored.audit().intact()).isTrue();

        Map<String, List<List<String>>> tables = TableRows.of(elsewhere.database());
        long numbers = tables.get("archive_number").size();
        long issueLines = tables.get("audit_log").stream().filter(row -> row.contains("number.issue")).count();
        assertThat(numbers).isGreaterThanOrEqualTo(30).isEqualTo(issueLines).isEqualTo(backup.manifest().rows("archive_number"));
        assertThat(numbers).as("the numbers issued after the snapshot are not in it")
                .isLessThan(30 + issued.get());
        try (AppContext app = AppContext.open(elsewhere)) {
            assertThat(app.audit().verify().intact()).isTrue();
            assertThat(app.numbers().issue(2024, "罚").text()).isEqualTo("2024年厦国动罚字第" + (numbers + 1) + "号");
        }
    }
}
