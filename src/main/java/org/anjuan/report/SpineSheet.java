package org.anjuan.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintFrame;
import net.sf.jasperreports.engine.base.JRBasePrintLine;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.type.LineDirectionEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Spine labels (盒脊) laid out on A4 to print and cut. Each label is a filled spine template whose page is the strip
 * itself (spine20…spine50.jrxml); here the strips are placed on A4 pages and the cut marks drawn around them. A
 * template cannot place an element at a computed x, and a sheet of mixed widths needs exactly that.
 *
 * <p>Positions are whole points (1 pt = 0.353 mm), as everything in JasperReports: a strip is its template's width
 * (57, 85, 113, 142 pt for 20, 30, 40, 50 mm, each within 0.2 mm), and a printer offset is rounded to the point.
 */
final class SpineSheet {

    static final int PAGE_WIDTH = 595;
    static final int PAGE_HEIGHT = 842;
    /** Kept free at each side of a sheet: room for the cut marks, outside what most printers cannot print. */
    static final int SIDE = 28;
    /** Cut marks start this far from the strip, so that none is left on a label cut a little inside, and run on. */
    private static final int MARK_GAP = 6;
    private static final int MARK_LENGTH = 17;
    private static final float HAIRLINE = 0.25f;
    /** The largest printer offset a clerk may set, in mm: more would push strips off the paper. */
    static final int MAX_OFFSET_MM = 10;

    private SpineSheet() {
    }

    /** One strip a page, in the middle of the page, with cut marks at its four corners. */
    static JasperPrint onePerPage(List<JasperPrint> strips) throws JRException {
        JasperPrint sheets = sheets(strips);
        for (JasperPrint strip : strips) {
            JRBasePrintPage page = new JRBasePrintPage();
            int left = (PAGE_WIDTH - strip.getPageWidth()) / 2;
            place(sheets, page, strip, left);
            marks(sheets, page, new int[] {left, left + strip.getPageWidth()}, top(strip), strip.getPageHeight());
            sheets.addPage(page);
        }
        return sheets;
    }

    /**
     * As many strips side by side as fit between the sides, left to right in the order given, a new page when the
     * next does not fit; each page's row is centred, with cut lines along every strip's edges.
     */
    static JasperPrint packed(List<JasperPrint> strips) throws JRException {
        JasperPrint sheets = sheets(strips);
        List<JasperPrint> row = new ArrayList<>();
        int width = 0;
        for (JasperPrint strip : strips) {
            if (!row.isEmpty() && width + strip.getPageWidth() > PAGE_WIDTH - 2 * SIDE) {
                sheets.addPage(row(sheets, row, width));
                row.clear();
                width = 0;
            }
            row.add(strip);
            width += strip.getPageWidth();
        }
        sheets.addPage(row(sheets, row, width));
        return sheets;
    }

    /** The sheets as PDF, everything moved by the printer offset (in points; +x right, +y down). */
    static byte[] pdf(JasperPrint sheets, int offsetX, int offsetY) throws JRException {
        SimplePdfReportConfiguration configuration = new SimplePdfReportConfiguration();
        configuration.setOffsetX(offsetX);
        configuration.setOffsetY(offsetY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(sheets));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }

    /** Millimetres as whole points, the resolution of a JasperReports page. */
    static int points(double mm) {
        return (int) Math.round(mm * 72 / 25.4);
    }

    private static JRBasePrintPage row(JasperPrint sheets, List<JasperPrint> row, int width) {
        JRBasePrintPage page = new JRBasePrintPage();
        int[] edges = new int[row.size() + 1];
        edges[0] = (PAGE_WIDTH - width) / 2;
        for (int i = 0; i < row.size(); i++) {
            place(sheets, page, row.get(i), edges[i]);
            edges[i + 1] = edges[i] + row.get(i).getPageWidth();
        }
        int top = top(row.get(0));
        int height = row.get(0).getPageHeight();
        for (int x : edges) {
            page.addElement(line(sheets, x, top, 0, height));
        }
        page.addElement(line(sheets, edges[0], top, width, 0));
        page.addElement(line(sheets, edges[0], top + height, width, 0));
        marks(sheets, page, edges, top, height);
        return page;
    }

    private static JasperPrint sheets(List<JasperPrint> strips) throws JRException {
        JasperPrint sheets = new JasperPrint();
        sheets.setName("spines");
        sheets.setPageWidth(PAGE_WIDTH);
        sheets.setPageHeight(PAGE_HEIGHT);
        sheets.setTopMargin(0);
        sheets.setLeftMargin(0);
        sheets.setBottomMargin(0);
        sheets.setRightMargin(0);
        sheets.setOrientation(OrientationEnum.PORTRAIT);
        for (JasperPrint strip : strips) {
            for (String name : strip.getPropertyNames()) {
                sheets.setProperty(name, strip.getProperty(name));
            }
            for (JRStyle style : strip.getStyles()) {
                sheets.addStyle(style, true);
            }
        }
        return sheets;
    }

    private static int top(JasperPrint strip) {
        return (PAGE_HEIGHT - strip.getPageHeight()) / 2;
    }

    /** The strip's one page as a frame at (left, top): the label as its template drew it. */
    private static void place(JasperPrint sheets, JRBasePrintPage page, JasperPrint strip, int left) {
        JRBasePrintFrame frame = new JRBasePrintFrame(sheets.getDefaultStyleProvider());
        frame.setMode(ModeEnum.TRANSPARENT);
        frame.setX(left);
        frame.setY(top(strip));
        frame.setWidth(strip.getPageWidth());
        frame.setHeight(strip.getPageHeight());
        for (JRPrintElement element : strip.getPages().get(0).getElements()) {
            frame.addElement(element);
        }
        page.addElement(frame);
    }

    /**
     * Cut marks outside the strips: above and below every vertical edge, and left and right of the top and bottom
     * edges of the row.
     */
    private static void marks(JasperPrint sheets, JRBasePrintPage page, int[] edges, int top, int height) {
        int bottom = top + height;
        for (int x : edges) {
            page.addElement(line(sheets, x, top - MARK_GAP - MARK_LENGTH, 0, MARK_LENGTH));
            page.addElement(line(sheets, x, bottom + MARK_GAP, 0, MARK_LENGTH));
        }
        int left = edges[0];
        int right = edges[edges.length - 1];
        for (int y : new int[] {top, bottom}) {
            page.addElement(line(sheets, left - MARK_GAP - MARK_LENGTH, y, MARK_LENGTH, 0));
            page.addElement(line(sheets, right + MARK_GAP, y, MARK_LENGTH, 0));
        }
    }

    /** A hairline from (x, y), across {@code width} or down {@code height} points (the other one 0). */
    private static JRBasePrintLine line(JasperPrint sheets, int x, int y, int width, int height) {
        JRBasePrintLine line = new JRBasePrintLine(sheets.getDefaultStyleProvider());
        line.setX(x);
        line.setY(y);
        line.setWidth(Math.max(width, 1));
        line.setHeight(Math.max(height, 1));
        line.setDirection(LineDirectionEnum.TOP_DOWN);
        line.getLinePen().setLineWidth(HAIRLINE);
        return line;
    }
}
