package org.anjuan.app;

import java.util.List;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.pdf.FormSource;
import org.anjuan.report.FormReports;

/**
 * The forms a bound volume carries, printed from the report templates and handed to the PDF writer. The pdf and
 * report packages know nothing of each other; this is where they meet.
 */
final class PrintedForms implements FormSource {

    private final FormReports reports;

    PrintedForms(FormReports reports) {
        this.reports = reports;
    }

    @Override
    public byte[] cover(CoverSheet cover) {
        return reports.cover(cover);
    }

    @Override
    public byte[] directory(String archiveNumber, List<DirectoryRow> rows) {
        return reports.directory(archiveNumber, rows);
    }

    @Override
    public byte[] backSheet(BackSheet sheet) {
        return reports.backSheet(sheet);
    }
}
