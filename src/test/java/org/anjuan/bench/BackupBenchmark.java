package org.anjuan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.anjuan.app.AppContext;
import org.anjuan.app.BackupInfo;
import org.anjuan.app.BackupService;
import org.anjuan.app.InstallationSettings;
import org.anjuan.app.RestoreResult;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Category;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialKind;
import org.anjuan.domain.ProgressListener;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.Database;

/**
 * Times a backup, a check and a restore of a register of many cases (default 5,000 cases of 20 materials, each
 * with its audit line), against copying the database file. Run from the repository root:
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) org.anjuan.bench.BackupBenchmark [cases]</pre>
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Files.createTempDirectory("anjuan-backup-bench");
        InstallationSettings office = new InstallationSettings(dir, dir.resolve("office/db"), Locale.SIMPLIFIED_CHINESE,
                "档案员");
        long t0 = System.nanoTime();
        try (Database db = Database.openFile(office.database())) {
            CaseRepository repository = new CaseRepository(db);
            for (int i = 0; i < cases; i++) {
                List<Material> materials = new ArrayList<>();
                for (int m = 0; m < 20; m++) {
                    materials.add(new Material("第" + m + "份材料：现场检查笔录及询问笔录", "厦国动罚〔2023〕" + i + "号",
                            "执法监督处", LocalDate.of(2023, 3, 1).plusDays(m), MaterialKind.DOCUMENT, null, 3, null,
                            false, null));
                }
                repository.save(new CaseFile(null, Category.PUNISHMENT_GENERAL, "厦门某公司第" + i + "号未按规定修建防空地下室案",
                        List.of("厦门某公司" + i), "执法监督处", "李明、王芳", LocalDate.of(2023, 3, 1),
                        LocalDate.of(2023, 11, 20), Set.of(), null, materials, null), "档案员");
            }
        }
        System.out.printf("register of %,d cases made in %.1f s; file %s%n", cases, seconds(t0),
                size(Files.size(dir.resolve("office/db.mv.db"))));

        long c0 = System.nanoTime();
        Files.copy(dir.resolve("office/db.mv.db"), dir.resolve("copy.mv.db"));
        System.out.printf("copy of the database file          %.2f s%n", seconds(c0));

        BackupService backups = BackupService.forInstallation(office);
        try (AppContext window = AppContext.open(office)) { // the window has it open, as in the office
            long b0 = System.nanoTime();
            BackupInfo info = backups.backup(dir.resolve("bench.zip"), ProgressListener.NONE);
            System.out.printf("backup (register open elsewhere)   %.2f s, %s, %,d rows%n", seconds(b0),
                    size(info.size()), info.manifest().rows().values().stream().mapToLong(Long::longValue).sum());
        }
        long k0 = System.nanoTime();
        backups.check(dir.resolve("bench.zip"), ProgressListener.NONE);
        System.out.printf("backup check (checksums + load)    %.2f s%n", seconds(k0));
        long r0 = System.nanoTime();
        RestoreResult r = backups.restore(dir.resolve("bench.zip"), ProgressListener.NONE);
        System.out.printf("restore (incl. backup of current)  %.2f s, audit intact %s%n", seconds(r0), r.audit().intact());
        try (Stream<Path> files = Files.walk(dir)) {
            if (System.getProperty("keep") == null) { files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); } else { System.out.println(dir); }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
