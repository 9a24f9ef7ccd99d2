package org.anjuan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.anjuan.domain.Addition;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BoundVolume;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.Correction;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.Supplement;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.PdfPages;
import org.anjuan.store.Database;
import org.anjuan.store.SupplementRepository;
import org.anjuan.store.VolumeFormRepository;
import org.anjuan.store.VolumeRepository;

/**
 * 补正 and 增补 of bound files (第九条), one transaction each: the supplement with its audit entry, and the
 * volume's kept back sheet (and for an addition its directory and cover) refreshed, so a reprint shows it.
 * A scanned addition is stamped with its page numbers into a new file beside the volume; the volume's own
 * file is never rewritten.
 */
public final class SupplementService {

    private final Messages chinese = Messages.chinese();
    private final Database db;
    private final SupplementRepository supplements;
    private final VolumeFormRepository forms;
    private final VolumeRepository volumes;
    private final StampService stamp;
    private final Clock clock;
    private final String clerk;

    SupplementService(Database db, SupplementRepository supplements, VolumeFormRepository forms,
                      VolumeRepository volumes, StampService stamp, Clock clock, String clerk) {
        this.db = db;
        this.supplements = supplements;
        this.forms = forms;
        this.volumes = volumes;
        this.stamp = stamp;
        this.clock = clock;
        this.clerk = clerk;
    }

    /** Records a 补正 on the volume {@code volume} (an archive number), or the case's first volume if null. */
    public Supplement correct(long caseId, String volume, Correction c) {
        return db.inTransaction(() -> {
            Supplement s = supplements.correct(caseId, volume, c, clerk);
            forms.noteSupplement(s.archiveNumber(), chinese.text("supplement.note.correction",
                    ChineseDate.day(s.recordedAt().toLocalDate()), c.wrong(), c.done(), clerk), stale(), null);
            return s;
        });
    }

    /** Records an approved 增补 after the last page of the case's last 正卷 volume, numbered on from there. */
    public Supplement add(long caseId, Addition a) {
        a.checkApprovedBy(LocalDateTime.now(clock));
        Path scan = a.file() == null ? null : Path.of(a.file()).toAbsolutePath().normalize();
        if (scan != null) {
            int counted = new PdfPages().count(scan);
            if (counted != a.pages()) {
                throw new AnjuanException("supplement.add.pagesMismatch", scan, counted, a.pages());
            }
        }
        return db.inTransaction(() -> {
            Supplement s = supplements.add(caseId, a, clerk);
            if (scan != null) {
                Path out = numberedScan(caseId, s);
                stamp.number(scan, out, s.firstPage(), NumberPosition.TOP, false, ProgressListener.NONE);
                supplements.attachScan(s.id(), out.toString());
            }
            String note = chinese.text("supplement.note.addition", ChineseDate.day(s.recordedAt().toLocalDate()), a.title(),
                    a.pages(), s.pageRange(), s.lastPage(), a.reason(), a.approver(),
                    ChineseDate.time(a.approvedAt()), clerk);
            DirectoryRow row = new DirectoryRow(0, null, null, a.title(), "", s.pageRange(),
                    chinese.text("supplement.row.remark", a.approver()));
            forms.noteSupplement(s.archiveNumber(), note, stale(), row);
            return s;
        });
    }

    /** A case's supplements, oldest first. */
    public List<Supplement> list(long caseId) {
        return supplements.forCase(caseId);
    }

    /** The back sheet's "nothing added or changed" line, no longer true once a supplement is recorded. */
    private String stale() {
        return chinese.text("form.back.complete");
    }

    /** Beside the volume's file: 2023年厦国动罚字第01号-增补3.pdf; never over an existing file. */
    private Path numberedScan(long caseId, Supplement s) {
        BoundVolume v = volumes.forCase(caseId).stream().filter(b -> b.archiveNumber().equals(s.archiveNumber()))
                .findFirst().orElseThrow();
        Path out = Path.of(v.fileName()).toAbsolutePath().resolveSibling(s.archiveNumber() + "-"
                + chinese.text("supplement.file", s.id()) + ".pdf");
        if (Files.exists(out)) {
            throw new AnjuanException("bind.out.exists", out);
        }
        return out;
    }
}
