package org.anjuan.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.anjuan.barcode.ArchiveCode;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;

/**
 * The printed forms as PDF, filled from the templates in reports/ (compiled by the build). Each form is a
 * template plus the records it shows: the sheet's own values as parameters, its rows as fields (see
 * {@link RecordSource}). Safe to use from several threads at once.
 */
public final class FormReports {

    /** 案卷封面: one A4 page with the archive number's QR code. */
    public byte[] cover(CoverSheet cover) {
        Map<String, Object> parameters = RecordSource.parameters(cover);
        CoverTitle title = CoverTitle.of((String) parameters.get("title"));
        for (int i = 0; i < CoverTitle.LINES; i++) {
            parameters.put("title" + (i + 1), title.line(i));
        }
        parameters.put("titleSize", title.size());
        if (cover.archiveNumber() != null && !cover.archiveNumber().isBlank()) {
            parameters.put("archiveCode", new CodeImage(ArchiveCode.qr(cover.archiveNumber())));
        }
        return pdf(Form.COVER, parameters, new JREmptyDataSource(1));
    }

    /** 卷内目录: as many A4 pages as the rows need, the header on each; an empty form when there are no rows. */
    public byte[] directory(String archiveNumber, List<DirectoryRow> rows) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("archiveNumber", FormText.printable(archiveNumber));
        return pdf(Form.DIRECTORY, parameters, new RecordSource(rows));
    }

    /** 卷内备考表: the notes, then 立卷人, 检查人 and 立卷时间 at the foot of the last page. */
    public byte[] backSheet(BackSheet sheet) {
        List<Note> notes = sheet.notes().stream().map(Note::new).toList();
        return pdf(Form.BACK_SHEET, RecordSource.parameters(sheet), new RecordSource(notes));
    }

    private static byte[] pdf(Form form, Map<String, Object> parameters, JRDataSource rows) {
        try {
            JasperPrint print = JasperFillManager.fillReport(Templates.get(form.template), parameters, rows);
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException | JRRuntimeException e) {
            throw new AnjuanException(e, "report.failed", form.title, String.valueOf(e.getMessage()));
        }
    }

    /** One line of 本卷情况说明, the back sheet's rows. */
    record Note(String text) {
    }

    /** The templates: reports/NAME.jrxml, and the form's name as the clerk knows it. */
    private enum Form {
        COVER("cover", "案卷封面"),
        DIRECTORY("directory", "卷内目录"),
        BACK_SHEET("backsheet", "卷内备考表");

        final String template;
        final String title;

        Form(String template, String title) {
            this.template = template;
            this.title = title;
        }
    }
}
