package org.anjuan.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerQuery;
import org.anjuan.domain.LedgerRow;
import org.anjuan.domain.LedgerSheet;
import org.anjuan.report.FormReports;
import org.anjuan.report.LedgerWorkbook;
import org.anjuan.store.SettingsStore;

/** The register's pages (PDF, with the signatures) and its .xlsx export, from the entries the service found. */
public final class LedgerPrinter {

    private final FormReports reports;
    private final SettingsStore settings;

    public LedgerPrinter(FormReports reports, SettingsStore settings) {
        this.reports = reports;
        this.settings = settings;
    }

    /** Register pages of {@code kind}: one row per volume of each entry, the signature in each of them. */
    byte[] register(LedgerKind kind, List<LedgerEntry> entries, LedgerQuery q) {
        List<LedgerRow> rows = new ArrayList<>();
        List<LedgerEntry> mine = entries.stream().filter(e -> e.kind() == kind).toList();
        for (LedgerEntry e : mine) {
            rows.addAll(LedgerLines.rows(e));
        }
        return reports.ledger(new LedgerSheet(kind, settings.load().fonds(), period(q, mine), rows));
    }

    int save(byte[] pdf, Path out) {
        PrintCentre.write(pdf, out);
        return org.anjuan.pdf.PdfPreview.pageCount(pdf);
    }

    /** Writes the workbook beside {@code out}, then moves it into place; returns the rows written. */
    int export(List<LedgerEntry> entries, Path out) {
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerEntry e : entries) {
            rows.addAll(LedgerLines.cells(e));
        }
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                LedgerWorkbook.write("借阅查阅登记", LedgerLines.HEADS, rows, o);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "ledger.export.failed", out.toString(), String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // moved, or the write failed and that is what the clerk hears of
            }
        }
        return rows.size();
    }

    /** 起止时间: the dates asked for, else the first and last registration day printed; blank with no rows. */
    private static String period(LedgerQuery q, List<LedgerEntry> printed) {
        java.time.LocalDate first = printed.stream().map(e -> e.registeredAt().toLocalDate())
                .min(java.time.LocalDate::compareTo).orElse(null);
        java.time.LocalDate last = printed.stream().map(e -> e.registeredAt().toLocalDate())
                .max(java.time.LocalDate::compareTo).orElse(null);
        java.time.LocalDate from = q != null && q.from() != null ? q.from() : first;
        java.time.LocalDate to = q != null && q.to() != null ? q.to() : last;
        if (from == null || to == null) {
            return null;
        }
        return ChineseDate.span(from, to);
    }
}
