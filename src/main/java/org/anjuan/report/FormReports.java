package org.anjuan.report;

import java.util.ArrayList;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.anjuan.barcode.ArchiveCode;
import org.anjuan.domain.AcceptanceSheet;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.AvSheet;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.BoxLabel;
import org.anjuan.domain.CheckSheet;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.HandoverSheet;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerSheet;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.NumberSheets;

/**
 * The printed forms as PDF, filled from the templates in reports/ (compiled by the build). Each form is a
 * template plus the records it shows: the sheet's own values as parameters, its rows as fields (see
 * {@link RecordSource}). Safe to use from several threads at once.
 */
public final class FormReports {

    /** 案卷封面: one A4 page with the archive number's QR code. */
    public byte[] cover(CoverSheet cover) {
        return export(Form.COVER, coverPrint(cover), new SimplePdfReportConfiguration());
    }

    /**
     * A bound volume's three forms in one PDF: the 封面 pages, then the 卷内目录 pages, then the 备考表 pages, as
     * {@link #cover}, {@link #directory} and {@link #backSheet} make them. One document carries the font once:
     * subsetting and compressing the archive font is most of the work of a form, so this is about twice as quick
     * as three separate PDFs.
     */
    public FormBundle volumeForms(CoverSheet cover, List<DirectoryRow> rows, BackSheet sheet) {
        List<JasperPrint> prints = List.of(coverPrint(cover), directoryPrint(cover.archiveNumber(), rows),
                backSheetPrint(sheet));
        FormFont.prepare();
        try {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(new SimplePdfReportConfiguration());
            exporter.exportReport();
            return new FormBundle(out.toByteArray(), prints.stream().map(p -> p.getPages().size()).toList());
        } catch (JRException | JRRuntimeException e) {
            throw new AnjuanException(e, "report.failed", Form.COVER.title + "、" + Form.DIRECTORY.title + "、"
                    + Form.BACK_SHEET.title, String.valueOf(e.getMessage()));
        }
    }

    /** Several forms in one PDF, and how many pages each has, in order. */
    public record FormBundle(byte[] pdf, List<Integer> pages) {

        public FormBundle {
            pages = List.copyOf(pages);
        }
    }

    private static JasperPrint coverPrint(CoverSheet cover) {
        Map<String, Object> parameters = RecordSource.parameters(cover);
        CoverTitle title = CoverTitle.of((String) parameters.get("title"));
        for (int i = 0; i < CoverTitle.LINES; i++) {
            parameters.put("title" + (i + 1), title.line(i));
        }
        parameters.put("titleSize", title.size());
        if (cover.archiveNumber() != null && !cover.archiveNumber().isBlank()) {
            parameters.put("archiveCode", new CodeImage(ArchiveCode.qr(cover.archiveNumber())));
        }
        return fill(Form.COVER, parameters, new JREmptyDataSource(1));
    }

    /** 卷内目录: as many A4 pages as the rows need, the header on each; an empty form when there are no rows. */
    public byte[] directory(String archiveNumber, List<DirectoryRow> rows) {
        return export(Form.DIRECTORY, directoryPrint(archiveNumber, rows), new SimplePdfReportConfiguration());
    }

    private static JasperPrint directoryPrint(String archiveNumber, List<DirectoryRow> rows) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("archiveNumber", FormText.printable(archiveNumber));
        return fill(Form.DIRECTORY, parameters, new RecordSource(rows));
    }

    /** 卷内备考表: the notes, then 立卷人, 检查人 and 立卷时间 at the foot of the last page. */
    public byte[] backSheet(BackSheet sheet) {
        return export(Form.BACK_SHEET, backSheetPrint(sheet), new SimplePdfReportConfiguration());
    }

    private static JasperPrint backSheetPrint(BackSheet sheet) {
        List<Note> notes = sheet.notes().stream().map(Note::new).toList();
        return fill(Form.BACK_SHEET, RecordSource.parameters(sheet), new RecordSource(notes));
    }

    /** 装订前检查表: the findings with their rules, as many A4 pages as they need, the checker's line at the end. */
    public byte[] checkSheet(CheckSheet sheet) {
        return pdf(Form.CHECK, RecordSource.parameters(sheet), new RecordSource(sheet.rows()));
    }

    /** 档案盒封面: one A4 page to glue on the box's face, with the box code's QR code. */
    public byte[] boxCover(BoxLabel label) {
        Map<String, Object> parameters = RecordSource.parameters(label);
        parameters.put("boxCode", new CodeImage(ArchiveCode.qr(label.qrText())));
        return pdf(Form.BOX_COVER, parameters, new JREmptyDataSource(1));
    }

    /** 盒脊 labels, one a page: each box's strip, as wide as its spine, in the middle of an A4 page to cut out. */
    public byte[] boxSpines(List<BoxLabel> labels) {
        return spines(labels, false, 0, 0);
    }

    /**
     * 盒脊 labels to cut from A4 sheets: as many strips side by side as fit, left to right, mixed widths allowed.
     * The offsets (mm; + moves right and down, at most 10 either way) make up for a printer that prints off
     * centre; they are rounded to whole points (0.35 mm).
     */
    public byte[] spineSheet(List<BoxLabel> labels, double offsetXmm, double offsetYmm) {
        if (!(Math.abs(offsetXmm) <= SpineSheet.MAX_OFFSET_MM && Math.abs(offsetYmm) <= SpineSheet.MAX_OFFSET_MM)) {
            throw new AnjuanException("box.label.offset", Double.toString(offsetXmm), Double.toString(offsetYmm),
                    Integer.toString(SpineSheet.MAX_OFFSET_MM));
        }
        return spines(labels, true, SpineSheet.points(offsetXmm), SpineSheet.points(offsetYmm));
    }

    private static byte[] spines(List<BoxLabel> labels, boolean packed, int offsetX, int offsetY) {
        if (labels.isEmpty()) {
            throw new AnjuanException("box.label.none");
        }
        try {
            List<JasperPrint> strips = new ArrayList<>();
            for (BoxLabel label : labels) {
                String template = Form.SPINE.template + ArchiveBox.checkSpine(label.spineMm());
                Map<String, Object> parameters = SpineText.parameters(label);
                parameters.put("boxCode", new CodeImage(ArchiveCode.qr(label.qrText())));
                strips.add(JasperFillManager.fillReport(Templates.get(template), parameters, new JREmptyDataSource(1)));
            }
            JasperPrint sheets = packed ? SpineSheet.packed(strips) : SpineSheet.onePerPage(strips);
            return SpineSheet.pdf(sheets, offsetX, offsetY);
        } catch (JRException | JRRuntimeException e) {
            throw new AnjuanException(e, "report.failed", Form.SPINE.title, String.valueOf(e.getMessage()));
        }
    }

    /**
     * 案卷移交清单 (第十三条): the volumes in rows on as many A4 pages as they need, the heading on each; then the
     * totals, and 移交人, 接收人 and 监交人 on blank lines to sign, with the date.
     */
    public byte[] handover(HandoverSheet sheet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("transferor", FormText.printable(sheet.transferor()));
        parameters.put("receiver", FormText.printable(sheet.receiver()));
        parameters.put("date", FormText.printable(sheet.date()));
        parameters.put("volumes", sheet.volumes());
        parameters.put("totalPages", sheet.pages());
        return pdf(Form.HANDOVER, parameters, new RecordSource(sheet.rows()));
    }

    /**
     * 案件材料移交验收单 (第四条, 第十三条): the materials of one handover round in rows, then the totals, the acceptance
     * check's findings, the decision, and 移交人, 接收人 and 日期 on blank lines to sign.
     */
    public byte[] acceptance(AcceptanceSheet sheet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fonds", FormText.printable(sheet.fonds()));
        parameters.put("caseTitle", FormText.printable(sheet.caseTitle()));
        parameters.put("department", FormText.printable(sheet.department()));
        parameters.put("fromPerson", FormText.printable(sheet.fromPerson()));
        parameters.put("receiver", FormText.printable(sheet.receiver()));
        parameters.put("receivedOn", FormText.printable(sheet.receivedOn()));
        parameters.put("round", sheet.round());
        parameters.put("items", sheet.materials().size());
        parameters.put("totalPages", sheet.pages());
        parameters.put("findingsText", FormText.printable(String.join("\n", sheet.findings())));
        parameters.put("decision", FormText.printable(sheet.decision()));
        return pdf(Form.ACCEPTANCE, parameters, new RecordSource(sheet.materials()));
    }

    /**
     * Pages of the 档案借阅登记簿 or 档案查阅登记簿 (第十九条), A4 landscape: the heading, the column heads and 13 ruled
     * rows on every page, the rows given filling them from the top; no rows gives one blank register page.
     */
    public byte[] ledger(LedgerSheet sheet) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fonds", FormText.printable(sheet.fonds()));
        parameters.put("period", FormText.printable(sheet.period()));
        Form form = sheet.kind() == LedgerKind.LENDING ? Form.LENDING_LEDGER : Form.CONSULTATION_LEDGER;
        return pdf(form, parameters, new RecordSource(sheet.rows()));
    }

    /**
     * 页号单: one A4 page per number and nothing else, the digits where the page-number stamp puts them on a front
     * (top-right or bottom-right corner), moved by the calibration offsets. JasperReports places everything at
     * whole points, so the offsets are rounded to the point (0.35 mm). Refused when an offset would put a number
     * off the paper or into the binding margin.
     */
    public byte[] numberSheets(NumberSheets sheets) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("top", sheets.position() == NumberPosition.TOP);
        List<SheetNumber> rows = sheets.numbers().stream().map(SheetNumber::new).toList();
        JasperPrint print = fill(Form.NUMBER_SHEETS, parameters, new RecordSource(rows));
        int dx = points(sheets.offsetXmm());
        int dy = points(sheets.offsetYmm());
        for (JRPrintPage page : print.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                if (element instanceof JRPrintText number
                        && !SheetNumberBox.of(number).fits(dx, dy, print.getPageWidth(), print.getPageHeight())) {
                    throw new AnjuanException("sheets.offset.outside", Double.toString(sheets.offsetXmm()),
                            Double.toString(sheets.offsetYmm()), Long.toString(Math.round(
                                    SheetNumberBox.BINDING_MARGIN_MM)));
                }
            }
        }
        SimplePdfReportConfiguration offsets = new SimplePdfReportConfiguration();
        offsets.setOffsetX(dx);
        offsets.setOffsetY(dy);
        return export(Form.NUMBER_SHEETS, print, offsets);
    }

    /**
     * 音像资料制作说明 (第十六条): the case's records in rows on as many A4 pages as they need, each row with its
     * SHA-256 on a line of its own; then the statement, 制作人 and the date.
     */
    public byte[] avSheet(AvSheet sheet) {
        Map<String, Object> parameters = RecordSource.parameters(sheet);
        parameters.remove("rows");
        parameters.put("count", sheet.rows().size());
        return pdf(Form.AV_SHEET, parameters, new RecordSource(sheet.rows()));
    }

    /** Millimetres to whole points; far beyond any paper is kept finite, for the check to refuse. */
    private static int points(double mm) {
        return (int) Math.max(-100_000, Math.min(100_000, Math.round(mm * 72 / 25.4)));
    }

    private static JasperPrint fill(Form form, Map<String, Object> parameters, JRDataSource rows) {
        try {
            return JasperFillManager.fillReport(Templates.get(form.template), parameters, rows);
        } catch (JRException | JRRuntimeException e) {
            throw new AnjuanException(e, "report.failed", form.title, String.valueOf(e.getMessage()));
        }
    }

    private static byte[] export(Form form, JasperPrint print, SimplePdfReportConfiguration configuration) {
        FormFont.prepare();
        try {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException | JRRuntimeException e) {
            throw new AnjuanException(e, "report.failed", form.title, String.valueOf(e.getMessage()));
        }
    }

    private static byte[] pdf(Form form, Map<String, Object> parameters, JRDataSource rows) {
        return export(form, fill(form, parameters, rows), new SimplePdfReportConfiguration());
    }

    /** One line of 本卷情况说明, the back sheet's rows. */
    record Note(String text) {
    }

    /** The number a 页号单 page carries. */
    record SheetNumber(int number) {
    }

    /** The templates: reports/NAME.jrxml, and the form's name as the clerk knows it. */
    private enum Form {
        COVER("cover", "案卷封面"),
        DIRECTORY("directory", "卷内目录"),
        BACK_SHEET("backsheet", "卷内备考表"),
        BOX_COVER("boxcover", "档案盒封面"),
        /** One template a spine width: spine20, spine30, spine40, spine50. */
        SPINE("spine", "盒脊标签"),
        NUMBER_SHEETS("numbersheets", "页号单"),
        HANDOVER("handover", "案卷移交清单"),
        CHECK("check", "装订前检查表"),
        ACCEPTANCE("acceptance", "案件材料移交验收单"),
        LENDING_LEDGER("ledger-lending", "档案借阅登记簿"),
        CONSULTATION_LEDGER("ledger-consultation", "档案查阅登记簿"),
        AV_SHEET("avsheet", "音像资料制作说明");

        final String template;
        final String title;

        Form(String template, String title) {
            this.template = template;
            this.title = title;
        }
    }
}
