package org.anjuan.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BoxLabel;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.VolumeForms;
import org.anjuan.pdf.PdfJoin;
import org.anjuan.pdf.PdfPreview;
import org.anjuan.report.FormReports;
import org.anjuan.store.VolumeFormRepository;

/**
 * The print centre: renders any printed form for a case, a volume or boxes from the register, shows it, saves
 * it as PDF or sends it to a printer. Volume forms are reprinted as they were bound (VolumeFormRepository);
 * box labels come from the boxes as saved. Several volumes' or boxes' forms come out as one PDF, in order.
 */
public final class PrintCentre {

    private final VolumeFormRepository volumeForms;
    private final BoxService boxes;
    private final FormReports reports;
    private final PrintingService printing;

    PrintCentre(VolumeFormRepository volumeForms, BoxService boxes, FormReports reports, PrintingService printing) {
        this.volumeForms = volumeForms;
        this.boxes = boxes;
        this.reports = reports;
        this.printing = printing;
    }

    /** Calibration for sheets fed through a printer: millimetres right and down (negative: left and up). */
    public record Offsets(double xMm, double yMm) {

        public static final Offsets NONE = new Offsets(0, 0);
    }

    /** The bound volumes a clerk can print forms for, in archive-number order. */
    public List<BoxableVolume> volumes() {
        return boxes.boxableVolumes();
    }

    /** The form as PDF bytes; refuses a target the form is not printed for, in Chinese. */
    public byte[] render(PrintForm form, PrintTarget target, Offsets offsets) {
        checkTarget(form, target);
        return switch (form) {
            case COVER -> perVolume(target, f -> reports.cover(f.cover()));
            case DIRECTORY -> perVolume(target, f -> reports.directory(f.cover().archiveNumber(), f.directory()));
            case BACKSHEET -> perVolume(target, f -> reports.backSheet(f.backSheet()));
            default -> throw new AnjuanException("print.formUnavailable", form.title());
        };
    }

    /** Renders and writes the form to {@code out} (beside it first, then moved into place); returns its pages. */
    public int save(PrintForm form, PrintTarget target, Offsets offsets, Path out) {
        byte[] pdf = render(form, target, offsets);
        write(pdf, out);
        return PdfPreview.pageCount(pdf);
    }

    /** Renders the form and sends it to {@code printer} (null: the system default). */
    public PrintRoute print(PrintForm form, PrintTarget target, Offsets offsets, String printer, int copies) {
        byte[] pdf = render(form, target, offsets);
        return printing.print(pdf, printer, jobName(form, target), copies);
    }

    /** The pages of a rendered form as pictures, for a preview. */
    public List<BufferedImage> preview(byte[] pdf, float dpi, int maxPages) {
        return PdfPreview.pages(pdf, dpi, maxPages);
    }

    public List<String> printers() {
        return printing.printerNames();
    }

    public Optional<String> defaultPrinter() {
        return printing.defaultPrinter();
    }

    /** The volumes' forms in order: a case's volumes, or the one volume asked for. */
    private byte[] perVolume(PrintTarget target, Function<VolumeForms, byte[]> render) {
        return PdfJoin.join(volumes(target).stream().map(render).toList());
    }

    private List<VolumeForms> volumes(PrintTarget target) {
        if (target instanceof PrintTarget.Case c) {
            return volumeForms.forCase(c.caseId());
        }
        if (target instanceof PrintTarget.Volume v) {
            return List.of(volumeForms.byArchiveNumber(v.archiveNumber())
                    .orElseThrow(() -> new AnjuanException("print.volume.notFound", v.archiveNumber())));
        }
        throw new IllegalArgumentException("volume forms need a case or a volume: " + target);
    }

    List<BoxLabel> labels(PrintTarget target) {
        List<BoxLabel> labels = new ArrayList<>();
        for (String box : ((PrintTarget.Boxes) target).boxes()) {
            labels.add(boxes.label(boxes.box(box).id()));
        }
        return labels;
    }

    private static void checkTarget(PrintForm form, PrintTarget target) {
        boolean volumes = target instanceof PrintTarget.Case || target instanceof PrintTarget.Volume;
        boolean boxes = target instanceof PrintTarget.Boxes b && !b.boxes().isEmpty();
        boolean fits = switch (form.needs()) {
            case VOLUMES -> volumes;
            case BOXES -> boxes;
            case VOLUMES_OR_BOXES -> volumes || boxes;
            case NOTHING -> true;
        };
        if (!fits) {
            throw new AnjuanException("print.target." + form.needs().name().toLowerCase(java.util.Locale.ROOT),
                    form.title());
        }
    }

    private static String jobName(PrintForm form, PrintTarget target) {
        String what = "";
        if (target instanceof PrintTarget.Case c) {
            what = "案件 " + c.caseId();
        } else if (target instanceof PrintTarget.Volume v) {
            what = v.archiveNumber();
        } else if (target instanceof PrintTarget.Boxes b) {
            what = String.join("、", b.boxes());
        }
        return (form.title() + " " + what).strip();
    }

    static void write(byte[] pdf, Path out) {
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.write(temp, pdf);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "print.writeFailed", out.toString(), String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the move succeeded or the write failed; either way the clerk hears of the write only
            }
        }
    }
}
