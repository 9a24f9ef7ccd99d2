package org.anjuan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.DailyBackups;
import org.anjuan.domain.ProgressListener;
import org.anjuan.store.AuditLog;
import org.anjuan.store.BackupCancelled;
import org.anjuan.store.DatabaseBackup;
import org.anjuan.store.H2Backup;
import org.anjuan.store.PostgresBackup;
import org.anjuan.store.RestoreNote;
import org.anjuan.store.SchemaVersions;
import org.anjuan.store.StagedDatabase;

/**
 * Backing up and restoring the register (数据库备份与恢复). A backup is one ZIP file: the engine's data and a
 * manifest saying what it is ({@link BackupManifest}). A restore checks the whole file, loads it into a new database
 * beside the current one, migrates it, and only then swaps it in; the replaced database is first backed up itself.
 * The window's daily backup keeps the newest {@code backup.keep}. Works without {@link AppContext}: a restore
 * needs the register closed.
 */
public final class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DatabaseBackup engine;
    private final BackupSettings settings;
    private final String register;
    private final DailyBackups daily;
    private final String clerk;
    private final Clock clock;
    /** One backup or restore at a time in this process: the daily backup and the clerk's never overlap. */
    private final ReentrantLock lock = new ReentrantLock();

    BackupService(DatabaseBackup engine, BackupSettings settings, String register, String clerk, Clock clock) {
        this.engine = engine;
        this.settings = settings;
        this.register = register;
        this.daily = new DailyBackups(register, settings.keep());
        this.clerk = clerk;
        this.clock = clock;
    }

    /** The backups of the register the installation settings name. */
    public static BackupService forInstallation(InstallationSettings installation) {
        return forInstallation(installation, Clock.systemDefaultZone());
    }

    public static BackupService forInstallation(InstallationSettings installation, Clock clock) {
        String name = installation.database().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return new BackupService(engineFor(installation), BackupSettings.load(installation), name,
                installation.clerk(), clock);
    }

    /** The engine of the installation's database: the one place another engine is chosen. */
    static DatabaseBackup engineFor(InstallationSettings installation) {
        return installation.onServer() ? new PostgresBackup(installation.server())
                : new H2Backup(installation.database());
    }

    public BackupSettings settings() {
        return settings;
    }

    /** The database being backed up, for messages. */
    public String location() {
        return engine.location();
    }

    /**
     * Writes a backup of the register to {@code target} (a folder: a file named after the register and the time
     * in it), while others go on working. The file appears complete or not at all.
     */
    public BackupInfo backup(Path target, ProgressListener progress) {
        lock.lock();
        try {
            return write(fileFor(target), progress);
        } finally {
            lock.unlock();
        }
    }

    /** The file a backup to {@code target} is written to. */
    public Path fileFor(Path target) {
        return Files.isDirectory(target) ? target.resolve(suggestedName()) : target;
    }

    /** A backup's name when the clerk names only the folder: the register and the time, db-2026-11-20-093005.zip. */
    public String suggestedName() {
        return register + "-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
    }

    private BackupInfo write(Path file, ProgressListener progress) {
        try (BackupWriter out = new BackupWriter(file)) {
            DatabaseBackup.Snapshot s = engine.write(out, progress);
            BackupManifest m = new BackupManifest(BackupManifest.FORMAT_VERSION, AppVersion.current(),
                    s.schemaVersion(), engine.engine(), s.engineVersion(), OffsetDateTime.now(clock),
                    engine.location(), s.rowCounts(), out.entries());
            out.commit(m);
            return new BackupInfo(file.toAbsolutePath().normalize(), Files.size(file), m);
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.write.failed", file, e.getMessage());
        }
    }

    /** Reads a backup file and checks every byte against its manifest, changing nothing; for the confirmation. */
    public BackupInfo inspect(Path file) {
        try (BackupFile backup = BackupFile.open(file)) {
            return checked(backup);
        }
    }

    /** As a restore would, short of replacing anything: checks the file and loads it into a scratch database. */
    public BackupInfo check(Path file, ProgressListener progress) {
        lock.lock();
        try (BackupFile backup = BackupFile.open(file)) {
            BackupInfo info = checked(backup);
            try (StagedDatabase staged = load(backup, progress)) {
                return info;
            }
        } finally {
            lock.unlock();
        }
    }

    private BackupInfo checked(BackupFile backup) {
        BackupManifest m = backup.manifest();
        if (!m.engine().equals(engine.engine())) {
            throw new AnjuanException("backup.file.otherEngine", backup.path(), m.engine(), engine.engine());
        }
        if (SchemaVersions.newerThanProgram(m.schemaVersion())) {
            throw new AnjuanException("backup.file.schemaNewer", backup.path(), m.schemaVersion(),
                    SchemaVersions.latest());
        }
        backup.verify();
        try {
            return new BackupInfo(backup.path().toAbsolutePath().normalize(), Files.size(backup.path()), m);
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.file.unreadable", backup.path(), e.getMessage());
        }
    }

    /** Loads the checked backup into a new database and compares every table's rows with the manifest. */
    private StagedDatabase load(BackupFile backup, ProgressListener progress) {
        StagedDatabase staged;
        try {
            staged = engine.load(backup, progress);
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.file.unloadable", backup.path(), e.getMessage());
        } catch (AnjuanException e) {
            throw switch (e.key()) {
                case "backup.load.failed" -> new AnjuanException(e, "backup.file.unloadable", backup.path(),
                        e.args()[0]);
                case "backup.schema.newer" -> new AnjuanException(e, "backup.file.schemaNewer", backup.path(),
                        e.args()[0], e.args()[1]);
                default -> e;
            };
        }
        try {
            Map<String, Long> loaded = staged.rowCounts();
            for (String table : new TreeSet<>(backup.manifest().rows().keySet())) {
                long expected = backup.manifest().rows(table);
                long actual = loaded.getOrDefault(table, -1L);
                if (actual != expected) {
                    throw new AnjuanException("backup.file.countsDiffer", backup.path(), table, actual, expected);
                }
            }
            return staged;
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /**
     * Replaces the register with the backup in {@code file}. Refused, changing nothing, while anyone has the
     * register open (close this process's {@link AppContext} first) or when the file is not a sound backup.
     */
    public RestoreResult restore(Path file, ProgressListener progress) {
        lock.lock();
        try (BackupFile backup = BackupFile.open(file)) {
            BackupInfo info = checked(backup);
            engine.refuseIfInUse();
            try (StagedDatabase staged = load(backup, new Scaled(progress, 0, 70))) {
                Path before = backupBeforeRestore(new Scaled(progress, 70, 90));
                AuditVerdict audit = staged.open(db -> {
                    RestoreNote.record(db, clerk, info.file().getFileName().toString(), "备份文件 " + info.file()
                            + "，制作于 " + info.manifest().created() + "，数据库结构第 " + info.manifest().schemaVersion()
                            + " 版");
                    return new AuditLog(db).verify();
                });
                staged.swapIn();
                try {
                    staged.open(db -> db.location()); // the program opens it where it is now
                } catch (RuntimeException e) {
                    staged.putBack();
                    throw e;
                }
                String safety = staged.safetyCopy();
                if (before != null) {
                    staged.dropSafetyCopy();
                    safety = null;
                }
                progress.progress(100, 100, engine.location());
                return new RestoreResult(info, before, safety, staged.schemaVersion(), SchemaVersions.latest(), audit);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A backup of the register about to be replaced, beside the daily ones; null when there is none to take. */
    private Path backupBeforeRestore(ProgressListener progress) {
        Path file = settings.folder().resolve(register + "-before-restore-" + LocalDateTime.now(clock).format(STAMP)
                + ".zip");
        try {
            return write(file, progress).file();
        } catch (AnjuanException e) {
            if (e instanceof BackupCancelled) {
                throw e;
            }
            return null; // missing or unreadable: its own file is kept as the safety copy instead
        }
    }

    /**
     * The daily backup ({@code backup.daily}): when today's is not there yet, writes it into {@code backup.folder}
     * and deletes the automatic ones beyond the newest {@code backup.keep}. Empty when switched off or done today,
     * and on a PostgreSQL server, which its administrator backs up (README, Backups on the server) rather than
     * every workstation each morning.
     */
    public Optional<BackupInfo> dailyIfDue(ProgressListener progress) {
        if (!settings.daily() || !"H2".equals(engine.engine())) {
            return Optional.empty();
        }
        lock.lock();
        try {
            Path today = settings.folder().resolve(daily.nameFor(LocalDateTime.now(clock).toLocalDate()));
            if (Files.exists(today)) {
                return Optional.empty();
            }
            BackupInfo info = write(today, progress);
            prune();
            return Optional.of(info);
        } finally {
            lock.unlock();
        }
    }

    /** Deletes the automatic backups beyond the newest N, and half-written ones a crash left behind. */
    private void prune() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(settings.folder())) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            return; // kept for the next time
        }
        List<String> gone = new ArrayList<>(daily.beyondKeep(names));
        LocalDateTime yesterday = LocalDateTime.now(clock).minusDays(1);
        for (String name : names) {
            if (BackupWriter.isTempOf(name, register + "-") && olderThan(settings.folder().resolve(name), yesterday)) {
                gone.add(name);
            }
        }
        for (String name : gone) {
            try {
                Files.deleteIfExists(settings.folder().resolve(name));
            } catch (IOException e) {
                // tried again after the next daily backup
            }
        }
    }

    private static boolean olderThan(Path file, LocalDateTime when) {
        try {
            return Files.getLastModifiedTime(file).toInstant()
                    .isBefore(when.atZone(java.time.ZoneId.systemDefault()).toInstant());
        } catch (IOException e) {
            return false;
        }
    }

    /** The backups in {@code backup.folder}, newest first, as their manifests describe them; unreadable ones left out. */
    public List<BackupInfo> list() {
        if (!Files.isDirectory(settings.folder())) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(settings.folder())) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                try (BackupFile b = BackupFile.open(f)) {
                    found.add(new BackupInfo(f, Files.size(f), b.manifest()));
                } catch (AnjuanException | IOException e) {
                    // not one of ours, or broken: `backup check` tells which
                }
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.folder.unreadable", settings.folder(), e.getMessage());
        }
        found.sort(Comparator.comparing((BackupInfo b) -> b.manifest().created()).reversed());
        return found;
    }

    /** True for the daily backups' file names, as opposed to the clerk's own and those taken before a restore. */
    public boolean isDaily(BackupInfo info) {
        return daily.dayOf(info.file().getFileName().toString()).isPresent();
    }

    /** A step of the restore as a share of its whole progress, in percent. */
    private record Scaled(ProgressListener whole, int from, int to) implements ProgressListener {
        @Override
        public void progress(long done, long total, String what) {
            long share = total <= 0 ? 0 : Math.min(done, total) * (to - from) / total;
            whole.progress(from + share, 100, what);
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }
}
