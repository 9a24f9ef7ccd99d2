package org.anjuan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvDeadline;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.AvLongTermRule;
import org.anjuan.domain.AvRecord;
import org.anjuan.domain.AvSheet;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.report.FormReports;
import org.anjuan.store.AvRecordRepository;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.SettingsStore;

/**
 * The audio/video and electronic records kept with a case (第十四条至第十六条): registering each with its SHA-256,
 * listing them with their flags (逾期存储, 长期保存), re-hashing them on demand, and the 制作说明 filed with the case.
 * Hashing runs before the transaction that records its result, so a long read holds no lock.
 */
public final class AvRecordService {

    private final AvRecordRepository records;
    private final CaseRepository cases;
    private final RetentionService retention;
    private final NumberService numbers;
    private final SettingsStore settings;
    private final FormReports reports;
    private final String clerk;
    private final AvLongTermRule longTerm = new AvLongTermRule();

    public AvRecordService(AvRecordRepository records, CaseRepository cases, RetentionService retention,
                           NumberService numbers, SettingsStore settings, FormReports reports, String clerk) {
        this.records = records;
        this.cases = cases;
        this.retention = retention;
        this.numbers = numbers;
        this.settings = settings;
        this.reports = reports;
        this.clerk = clerk;
    }

    /**
     * Registers a record: {@code file} is the original in the dedicated storage, hashed where it lies (never
     * copied); null registers an item kept only on a medium, named by {@code d.location()}.
     */
    public AvItem register(long caseId, Path file, AvDetails d, ProgressListener progress) {
        CaseFile c = cases.get(caseId);
        required(d.title(), "名称");
        required(d.recorder(), "记录人");
        required(d.place(), "地点");
        if (d.kind() == null || d.recordedAt() == null) {
            throw new AnjuanException("av.required", d.kind() == null ? "类别" : "录制时间");
        }
        LocalDateTime storedAt = d.storedAt() != null ? d.storedAt() : LocalDateTime.now().withSecond(0).withNano(0);
        AvDeadline.taken(d.recordedAt(), storedAt);
        String path = null;
        Long size = null;
        String sha = null;
        String location = blankToNull(d.location());
        if (file == null) {
            if (location == null) {
                throw new AnjuanException("av.location.required");
            }
        } else {
            Path stored = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(stored)) {
                throw new AnjuanException("av.file.notFound", stored.toString());
            }
            path = stored.toString();
            size = size(stored);
            sha = FileChecksum.sha256(stored, progress, 0, size);
            location = location != null ? location : path;
        }
        AvRecord r = records.add(new AvRecord(null, caseId, 0, d.kind(), d.title().strip(), d.recorder().strip(),
                d.recordedAt(), d.place().strip(), blankToNull(d.summary()), storedAt, location, path, size, sha,
                d.grounds()), clerk);
        return item(r, c, settings.avDeadline(), retention.retention(caseId).period());
    }

    /** The case's records in 序号 order, each with its flags. */
    public List<AvItem> list(long caseId) {
        CaseFile c = cases.get(caseId);
        AvDeadline deadline = settings.avDeadline();
        RetentionPeriod kept = retention.retention(caseId).period();
        return records.forCase(caseId).stream().map(r -> item(r, c, deadline, kept)).toList();
    }

    /** Re-hashes every stored file of the case and says, per record, whether it is the file registered. */
    public List<AvCheck> verify(long caseId, ProgressListener progress) {
        cases.get(caseId);
        List<AvRecord> all = records.forCase(caseId);
        long total = all.stream().filter(r -> !r.storageOnly()).mapToLong(r -> r.size() == null ? 0 : r.size()).sum();
        long done = 0;
        List<AvCheck> checks = new ArrayList<>();
        for (AvRecord r : all) {
            if (r.storageOnly()) {
                checks.add(new AvCheck(r, AvCheck.Result.NOT_CHECKABLE, null));
                continue;
            }
            Path file = Path.of(r.file());
            if (!Files.isRegularFile(file)) {
                checks.add(new AvCheck(r, AvCheck.Result.MISSING, null));
            } else {
                String found = FileChecksum.sha256(file, progress, done, total);
                checks.add(new AvCheck(r, found.equals(r.sha256()) ? AvCheck.Result.OK : AvCheck.Result.CHANGED, found));
            }
            done += r.size() == null ? 0 : r.size();
        }
        records.recordCheck(caseId, checks, clerk);
        return checks;
    }

    /** 音像资料制作说明 of the case as a PDF; refused when the case has no records. */
    public byte[] sheet(long caseId) {
        CaseFile c = cases.get(caseId);
        List<AvRecord> all = records.forCase(caseId);
        if (all.isEmpty()) {
            throw new AnjuanException("av.sheet.empty", Long.toString(caseId), c.title());
        }
        List<AvSheet.Row> rows = all.stream().map(r -> new AvSheet.Row(r.seq(), r.kind().label() + "：" + r.title(),
                r.recorder(), ChineseDate.time(r.recordedAt()), r.place(), r.summary(), r.location(),
                r.sha256())).toList();
        String archive = String.join("；", numbers.forCase(caseId).stream().filter(n -> !n.voided())
                .map(IssuedNumber::text).toList());
        return reports.avSheet(new AvSheet(c.title(), archive, c.department(), rows, clerk,
                ChineseDate.day(LocalDate.now())));
    }

    /** Writes the 制作说明 to {@code out} (beside it first, then moved into place). */
    public void saveSheet(long caseId, Path out) {
        PrintCentre.write(sheet(caseId), out);
    }

    public AvDeadline deadline() {
        return settings.avDeadline();
    }

    /** Sets the hours an original may take to reach the dedicated storage, for every workstation. */
    public AvDeadline changeDeadline(int hours) {
        AvDeadline d = new AvDeadline(hours);
        settings.saveAvDeadline(d, clerk);
        return d;
    }

    private AvItem item(AvRecord r, CaseFile c, AvDeadline deadline, RetentionPeriod kept) {
        return new AvItem(r, deadline, longTerm.reasons(r.grounds(), c.category(), c.flags(), kept));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new AnjuanException(e, "av.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new AnjuanException("av.required", field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
