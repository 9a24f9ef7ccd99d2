package org.anjuan.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anjuan.app.AppContext;
import org.anjuan.app.PrintBatch;
import org.anjuan.app.PrintCentre;
import org.anjuan.app.PrintRoute;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxableVolume;

/**
 * What the print centre asks of the application layer. Every method may be slow and is called off the FX
 * thread. The window uses {@link #of(AppContext)}; view-model tests pass a fake.
 */
public interface PrintDesk {

    /** The bound volumes, in archive-number order. */
    List<BoxableVolume> volumes();

    /** The archive boxes in the register. */
    List<ArchiveBox> boxes();

    /** The printers this machine offers, and the system's default among them. */
    List<String> printers();

    Optional<String> defaultPrinter();

    /** The forms as one PDF, in the order given; refusals are {@code AnjuanException}s in Chinese. */
    byte[] render(List<PrintBatch.Part> parts, PrintCentre.Offsets offsets);

    int pageCount(byte[] pdf);

    /** The first {@code maxPages} pages of a rendered PDF as pictures. */
    List<BufferedImage> preview(byte[] pdf, float dpi, int maxPages);

    /** Writes the rendered PDF; returns its pages. */
    int save(byte[] pdf, Path out);

    /** Sends the rendered PDF to a printer (null: the system default); returns once the system has the job. */
    PrintRoute print(byte[] pdf, String printer, String jobName, int copies);

    static PrintDesk of(AppContext context) {
        PrintCentre centre = context.printCentre();
        PrintBatch batch = new PrintBatch(centre);
        return new PrintDesk() {
            @Override
            public List<BoxableVolume> volumes() {
                return centre.volumes();
            }

            @Override
            public List<ArchiveBox> boxes() {
                return context.boxes().boxes();
            }

            @Override
            public List<String> printers() {
                return centre.printers();
            }

            @Override
            public Optional<String> defaultPrinter() {
                return centre.defaultPrinter();
            }

            @Override
            public byte[] render(List<PrintBatch.Part> parts, PrintCentre.Offsets offsets) {
                return batch.render(parts, offsets);
            }

            @Override
            public int pageCount(byte[] pdf) {
                return batch.pageCount(pdf);
            }

            @Override
            public List<BufferedImage> preview(byte[] pdf, float dpi, int maxPages) {
                return centre.preview(pdf, dpi, maxPages);
            }

            @Override
            public int save(byte[] pdf, Path out) {
                return batch.save(pdf, out);
            }

            @Override
            public PrintRoute print(byte[] pdf, String printer, String jobName, int copies) {
                return context.printing().print(pdf, printer, jobName, copies);
            }
        };
    }
}
