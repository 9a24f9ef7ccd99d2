package org.anjuan.pdf;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import org.anjuan.domain.AnjuanException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF by drawing its pages through Java 2D, for printers whose driver cannot take a PDF itself (most
 * Windows drivers). Every page keeps its own size and is drawn at actual size, portrait: a form's margins and its
 * 45 mm code square must come out as measured, never shrunk to the printer's printable area.
 */
public final class DrawnPagePrinter {

    /** Sends every page of {@code pdf} to {@code printer}; the attributes carry the paper, copies and job name. */
    public void print(byte[] pdf, String documentName, PrintService printer, PrintRequestAttributeSet attributes)
            throws PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(printer);
            JobName name = (JobName) attributes.get(JobName.class);
            if (name != null) {
                job.setJobName(name.getValue());
            }
            Copies copies = (Copies) attributes.get(Copies.class);
            if (copies != null) {
                job.setCopies(copies.getValue());
            }
            // vector drawing (no rasterising), no border, pages placed at the paper's corner rather than centred
            job.setPageable(new PDFPageable(document, Orientation.PORTRAIT, false, 0, false));
            job.print(attributes);
        } catch (IOException e) {
            throw new AnjuanException(e, "print.unreadable", documentName, String.valueOf(e.getMessage()));
        }
    }
}
