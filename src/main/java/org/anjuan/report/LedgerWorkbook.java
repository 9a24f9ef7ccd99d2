package org.anjuan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The register as an Excel workbook (.xlsx, Apache POI): one sheet, the column heads in bold on the first row
 * (frozen, with a filter), then one row per line given. Dates and times are real Excel dates, formatted as the
 * register writes them; numbers are numbers; everything else is text.
 */
public final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    /** Writes the sheet to {@code out} (the caller closes it). */
    public static void write(String sheetName, List<String> heads, List<List<Object>> rows, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(sheetName);
            CreationHelper help = book.getCreationHelper();
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(help.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle time = book.createCellStyle();
            time.setDataFormat(help.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\" hh:mm"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < heads.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(heads.get(c));
                cell.setCellStyle(head);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(time);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(day);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b ? "是" : "否");
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!rows.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, heads.size() - 1));
            }
            for (int c = 0; c < heads.size(); c++) {
                // about two character widths a Chinese character, bounded: autoSizeColumn needs fonts and is slow
                int widest = heads.get(c).length() * 2;
                for (List<Object> values : rows) {
                    Object v = c < values.size() ? values.get(c) : null;
                    widest = Math.max(widest, v instanceof LocalDateTime ? 18 : v instanceof LocalDate ? 12
                            : v == null ? 0 : v.toString().length() * 2);
                }
                sheet.setColumnWidth(c, Math.min(60, Math.max(6, widest + 2)) * 256);
            }
            book.write(out);
        }
    }
}
