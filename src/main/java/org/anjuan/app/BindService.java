package org.anjuan.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.ArchiveSettings;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CheckSheet;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.LayoutPart;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.VolumeForms;
import org.anjuan.domain.VolumeLayout;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.NumberStamp;
import org.anjuan.pdf.VolumeContent;
import org.anjuan.pdf.FormSource;
import org.anjuan.pdf.VolumeWriter;
import org.anjuan.store.Database;

/**
 * Binds a case (装订): the volumes are written under temporary names with the archive numbers they are
 * predicted to take; then one transaction stores the case, issues the numbers (checking the prediction,
 * else the volumes are rewritten), records the volumes and moves the files into place. On bad input,
 * failure or cancel nothing is left in the output folder and no archive number is taken.
 */
public final class BindService {

    public static final String REPORT = "bind-report.json";
    private static final int ATTEMPTS = 3;

    private final Database db;
    private final BindPreparer.Stores stores;
    private final BindPreparer preparer;
    private final FormSource forms;
    private final String clerk;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    BindService(Database db, BindPreparer.Stores stores, FormSource forms, Messages messages, String clerk) {
        this.db = db;
        this.stores = stores;
        this.preparer = new BindPreparer(stores, messages);
        this.forms = forms;
        this.clerk = clerk;
    }

    /**
     * Gets the printed forms' machinery ready and practised on a thread of its own (once a process), so the first
     * binds make their forms quickly: the window asks for it when the register opens.
     */
    public void warmUp() {
        forms.practise();
    }

    /** Reads, checks, inspects and plans; writes nothing. Shown to the clerk before binding. */
    public BindPlan prepare(Path caseDir, boolean keepOrder, ProgressListener progress) {
        forms.warmUp();
        return preparer.prepare(caseDir, keepOrder, progress);
    }

    /** For a case in the register, in the order and with the page corrections the clerk made in the window. */
    public BindPlan prepare(long caseId, ProgressListener progress) {
        forms.warmUp();
        return preparer.prepare(caseId, progress);
    }

    /**
     * The pre-binding check (装订前检查) of a registered case, bound or not: its findings worded for the clerk,
     * each with the rule it comes from, as the printed 装订前检查表 lists them. Reads the scans; writes nothing.
     */
    public CheckSheet check(long caseId, ProgressListener progress) {
        BindPreparer.CheckSheetData data = preparer.check(caseId, progress);
        CaseFile c = data.caseFile();
        return new CheckSheet(c.title(), c.category().label(), c.department(), c.officer(),
                ChineseDate.day(c.closed()), data.rows(), ChineseDate.day(LocalDate.now()));
    }

    public BindResult bind(Path caseDir, Path outDir, boolean keepOrder, ProgressListener progress) {
        BindPlan plan = prepare(caseDir, keepOrder, progress);
        return bind(plan, outDir, progress);
    }

    public BindResult bind(BindPlan plan, Path outDir, ProgressListener progress) {
        ArchiveSettings settings = stores.settings().load();
        List<ArchiveNumber> numbers = plan.predicted();
        for (int attempt = 1; ; attempt++) {
            BindResult done = tryBind(plan, numbers, settings, outDir, progress);
            if (done != null) {
                forms.practise(); // the next binds of this session: see PrintedForms
                return done;
            }
            if (attempt == ATTEMPTS) {
                throw new AnjuanException("store.busy", "archive numbers");
            }
            // another workstation took these numbers meanwhile: print the next ones and try again
            numbers = stores.numbers().predict(settings.numberFormat(), year(plan), word(plan, settings),
                    plan.volumes().size());
        }
    }

    /**
     * One attempt; null when the predicted numbers were taken by someone else (nothing is left behind). The
     * register's transaction runs while the volumes are written: it records the case, the numbers and the
     * volumes, then waits for every volume to be on the disk before moving them into place and committing, so
     * the register never names a file that is not there, and its work is done while the disk is busy.
     */
    private BindResult tryBind(BindPlan plan, List<ArchiveNumber> numbers, ArchiveSettings settings, Path outDir,
                               ProgressListener progress) {
        List<Path> finals = targets(outDir, numbers);
        List<Path> temps = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        try {
            VolumeContents contents = new VolumeContents(plan, settings.fonds());
            List<VolumeContent> volumes = new ArrayList<>();
            List<VolumeForms> kept = new ArrayList<>();
            for (int i = 0; i < plan.volumes().size(); i++) {
                temps.add(temp(finals.get(i)));
                VolumeContent content = contents.of(plan.volumes().get(i), numbers.get(i), LocalDate.now());
                volumes.add(content);
                kept.add(contents.forms(plan.volumes().get(i), content));
            }
            // the second half of the progress bar: the first was reading the scans
            try (VolumeWriter.Writing writing = new VolumeWriter(NumberStamp.DEFAULT, forms).start(
                    List.copyOf(temps), volumes, new ProgressSlice(progress, plan.scannedPages(),
                            2L * plan.scannedPages()))) {
                BindReport report = report(plan, numbers, finals);
                Path reportTemp = temp(outDir.resolve(REPORT));
                temps.add(reportTemp);
                json.writeValue(reportTemp.toFile(), report);
                Long caseId = db.inTransaction(() -> commit(plan, numbers, kept, settings, finals, temps, moved,
                        () -> {
                            writing.await();
                            if (progress.isCancelled()) {
                                throw new AnjuanException("bind.cancelled");
                            }
                        }));
                return caseId == null ? null : new BindResult(caseId, finals, outDir.resolve(REPORT), report);
            }
        } catch (NumbersTaken e) {
            return null;
        } catch (IOException e) {
            deleteAll(moved);
            throw new AnjuanException(e, "bind.write.failed", outDir, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            deleteAll(moved);
            throw e;
        } finally {
            deleteAll(temps); // no writer is left: closing what start returned waited for them
        }
    }

    /** Records the bind; {@code written} returns once every volume is on the disk, or throws why not. */
    private Long commit(BindPlan plan, List<ArchiveNumber> numbers, List<VolumeForms> forms, ArchiveSettings settings,
                        List<Path> finals, List<Path> temps, List<Path> moved, Runnable written) {
        CaseFile saved = stores.cases().save(plan.caseFile(), clerk);
        List<ArchiveNumber> issued = stores.numbers().issue(settings.numberFormat(), year(plan),
                word(plan, settings), numbers.size(), saved.id(), clerk);
        if (!issued.stream().map(ArchiveNumber::text).toList()
                .equals(numbers.stream().map(ArchiveNumber::text).toList())) {
            throw new NumbersTaken();
        }
        List<BoundVolume> bound = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            VolumeLayout v = plan.volumes().get(i);
            bound.add(new BoundVolume(v.volume(), v.volumes(), v.secondary(), numbers.get(i).text(),
                    finals.get(i).toString(), v.numberedPages(), v.items()));
        }
        stores.volumes().saveBound(saved.id(), bound, clerk);
        for (int i = 0; i < bound.size(); i++) {
            stores.forms().save(saved.id(), bound.get(i).volume(), forms.get(i));
        }
        written.run();
        for (int i = 0; i < finals.size(); i++) {
            move(temps.get(i), finals.get(i), false);
            moved.add(finals.get(i));
        }
        move(temps.get(finals.size()), finals.get(0).resolveSibling(REPORT), true);
        forceFolder(finals.get(0).getParent());
        return saved.id();
    }

    private static List<Path> targets(Path outDir, List<ArchiveNumber> numbers) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new AnjuanException(e, "bind.write.failed", outDir, String.valueOf(e.getMessage()));
        }
        List<Path> finals = numbers.stream().map(n -> outDir.resolve(n.text() + ".pdf")).toList();
        for (Path f : finals) {
            if (Files.exists(f)) {
                throw new AnjuanException("bind.out.exists", f);
            }
        }
        return finals;
    }

    private BindReport report(BindPlan plan, List<ArchiveNumber> numbers, List<Path> finals) {
        List<BindReport.Volume> volumes = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            VolumeLayout v = plan.volumes().get(i);
            List<BindReport.Item> items = new ArrayList<>();
            for (LayoutPart p : v.parts()) {
                items.add(new BindReport.Item(p.material().seq(), p.material().material().title(), p.firstNumber(),
                        p.lastNumber()));
            }
            volumes.add(new BindReport.Volume(finals.get(i).getFileName().toString(), numbers.get(i).text(),
                    v.volume(), v.volumes(), v.numberedPages(), items, v.secondary()));
        }
        return new BindReport(volumes, new BindReport.Retention(plan.period().label(), plan.retention().articles()),
                plan.warnings());
    }

    private static int year(BindPlan plan) {
        return plan.caseFile().closed().getYear();
    }

    private static String word(BindPlan plan, ArchiveSettings settings) {
        return settings.words().wordFor(plan.caseFile().category());
    }

    private static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".binding");
    }

    private static void move(Path from, Path to, boolean replace) {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "bind.write.failed", to, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The new names on the disk before the register records them (the volumes' bytes already are: see the
     * writer). Best effort: not every system can open a folder to force it, and the files themselves are safe.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // e.g. Windows cannot open a folder as a file
        }
    }

    private static void deleteAll(List<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // best effort: a leftover temporary file is hidden and named .binding
            }
        }
    }

    /** The predicted numbers were issued to someone else between planning and committing. */
    private static final class NumbersTaken extends RuntimeException {
        NumbersTaken() {
            super(null, null, false, false);
        }
    }
}
