package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup: one a day, the newest backup.keep kept, nothing else in the folder touched. */
class DailyBackupTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private InstallationSettings office;
    private final Day day = new Day(LocalDate.of(2026, 11, 1).atTime(8, 30).atZone(SHANGHAI).toInstant());

    @BeforeEach
    void register() throws IOException {
        office = BackupRoundTripTest.settings(dir);
        try (AppContext app = AppContext.open(office)) {
            BackupServiceTest.importCase(app, "first", "某单位人防工程检查案");
        }
    }

    @Test
    void theNewestKeepAreKeptAndOnlyFilesNamedLikeThemAreDeleted() throws IOException {
        settings("backup.keep=3\nbackup.folder=自动备份\n");
        Path folder = dir.resolve("自动备份");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("我的备份.zip"), "the clerk's own", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("db-before-restore-2026-10-01-101500.zip"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("db-2020-01-01.zip.txt"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("other-2020-01-01.zip"), "another register's", StandardCharsets.UTF_8);
        Path crashed = Files.writeString(folder.resolve(".db-2026-10-30.zip.0b1c.part"), "half", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(crashed, FileTime.from(day.instant().minus(2, ChronoUnit.DAYS)));
        BackupService backups = BackupService.forInstallation(office, day);

        for (int i = 0; i < 5; i++) {
            Optional<BackupInfo> taken = backups.dailyIfDue(ProgressListener.NONE);
            assertThat(taken).isPresent();
            assertThat(taken.get().file().getFileName().toString()).isEqualTo("db-2026-11-0" + (i + 1) + ".zip");
            assertThat(backups.dailyIfDue(ProgressListener.NONE)).as("once a day").isEmpty();
            day.nextDay();
        }

        assertThat(BackupServiceTest.names(folder)).containsExactlyInAnyOrder("db-2026-11-03.zip", "db-2026-11-04.zip",
                "db-2026-11-05.zip", "我的备份.zip", "db-before-restore-2026-10-01-101500.zip", "db-2020-01-01.zip.txt",
                "other-2020-01-01.zip");
        assertThat(backups.list()).extracting(b -> b.file().getFileName().toString())
                .containsExactly("db-2026-11-05.zip", "db-2026-11-04.zip", "db-2026-11-03.zip");
        assertThat(backups.list()).allMatch(backups::isDaily).allMatch(b -> b.cases() == 1);
    }

    @Test
    void sevenAreKeptUnlessSaidOtherwiseAndOffMeansNone() throws IOException {
        BackupService backups = BackupService.forInstallation(office, day);
        assertThat(backups.settings().keep()).isEqualTo(7);
        assertThat(backups.settings().folder()).isEqualTo(dir.resolve("data/backups"));
        for (int i = 0; i < 9; i++) {
            backups.dailyIfDue(ProgressListener.NONE);
            day.nextDay();
        }
        assertThat(BackupServiceTest.names(dir.resolve("data/backups"))).hasSize(7).first()
                .isEqualTo("db-2026-11-03.zip");

        settings("backup.daily=off\n");
        assertThat(BackupService.forInstallation(office, day).dailyIfDue(ProgressListener.NONE)).isEmpty();
        assertThat(BackupServiceTest.names(dir.resolve("data/backups"))).hasSize(7);
    }

    @Test
    void aWrongSettingIsNamed() throws IOException {
        settings("backup.keep=0\n");
        AnjuanException e = catchThrowableOfType(AnjuanException.class, () -> BackupService.forInstallation(office));
        assertThat(Messages.chinese().text(e)).isEqualTo(
                "设置 backup.keep 的值“0”无效：应为 1 或更大的整数（保留最近几份每日自动备份，默认 7）。请修改 anjuan.properties。");
    }

    private void settings(String text) throws IOException {
        Files.writeString(dir.resolve(InstallationSettings.FILE), text, StandardCharsets.UTF_8);
    }

    /** A clock the test moves on a day at a time. */
    static final class Day extends Clock {

        private Instant now;

        Day(Instant start) {
            this.now = start;
        }

        void nextDay() {
            now = now.plus(1, ChronoUnit.DAYS);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
