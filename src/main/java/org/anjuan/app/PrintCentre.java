package org.anjuan.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.BoxLabel;
import org.anjuan.domain.CheckSheet;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.HandoverRow;
import org.anjuan.domain.HandoverSheet;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerSheet;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.NumberSheets;
import org.anjuan.domain.VolumeForms;
import org.anjuan.pdf.PdfJoin;
import org.anjuan.pdf.PdfPreview;
import org.anjuan.report.FormReports;
import org.anjuan.store.SettingsStore;
import org.anjuan.store.VolumeFormRepository;

/**
 * The print centre: renders any printed form for a case, a volume or boxes from the register, shows it, saves
 * it as PDF or sends it to a printer. Volume forms are reprinted as they were bound (VolumeFormRepository);
 * box labels come from the boxes as saved. Several volumes' or boxes' forms come out as one PDF, in order.
 */
public final class PrintCentre {

    /** Who takes a handover list's volumes (第十三条): the unit's archive room. */
    static final String RECEIVER = "档案室";

    private final VolumeFormRepository volumeForms;
    private final BoxService boxes;
    private final FormReports reports;
    private final PrintingService printing;
    private final SettingsStore settings;

    PrintCentre(VolumeFormRepository volumeForms, BoxService boxes, FormReports reports, PrintingService printing,
                SettingsStore settings) {
        this.volumeForms = volumeForms;
        this.boxes = boxes;
        this.reports = reports;
        this.printing = printing;
        this.settings = settings;
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
            case BOX_COVER -> PdfJoin.join(labels(target).stream().map(reports::boxCover).toList());
            case BOX_SPINE -> reports.boxSpines(labels(target));
            case SPINE_SHEET -> reports.spineSheet(labels(target), offsets.xMm(), offsets.yMm());
            case NUMBER_SHEETS -> numberSheets(target, offsets);
            case HANDOVER -> reports.handover(handover(target));
            case LEDGER -> reports.ledger(new LedgerSheet(target instanceof PrintTarget.Register r ? r.kind()
                    : LedgerKind.LENDING, settings.load().fonds(), null, List.of()));
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

    /** The 装订前检查表 of a case as PDF bytes (the check itself is {@link BindService#check}). */
    public byte[] render(CheckSheet sheet) {
        return reports.checkSheet(sheet);
    }

    /** Writes the 装订前检查表 to {@code out} (beside it first, then moved into place); returns its pages. */
    public int save(CheckSheet sheet, Path out) {
        byte[] pdf = render(sheet);
        write(pdf, out);
        return PdfPreview.pageCount(pdf);
    }

    /** Sends the 装订前检查表 to {@code printer} (null: the system default). */
    public PrintRoute print(CheckSheet sheet, String printer, int copies) {
        return printing.print(render(sheet), printer, "装订前检查表 " + sheet.caseTitle(), copies);
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

    /** 页号单 for the paper-only originals of a case or a volume: their page numbers, one sheet each. */
    private byte[] numberSheets(PrintTarget target, Offsets offsets) {
        List<byte[]> sheets = new ArrayList<>();
        for (VolumeForms forms : volumes(target)) {
            for (VolumeForms.PaperOriginal paper : forms.paperOriginals()) {
                sheets.add(reports.numberSheets(new NumberSheets(paper.firstNumber(), paper.lastNumber(),
                        NumberPosition.TOP, offsets.xMm(), offsets.yMm())));
            }
        }
        if (sheets.isEmpty()) {
            throw new AnjuanException("print.noPaperOriginals");
        }
        return PdfJoin.join(sheets);
    }

    /** 移交清单 of a case's volumes, one volume, or the volumes in boxes, in that order. */
    private HandoverSheet handover(PrintTarget target) {
        List<VolumeForms> handed = new ArrayList<>();
        if (target instanceof PrintTarget.Boxes b) {
            for (String box : b.boxes()) {
                for (BoxableVolume v : boxes.box(box).volumes()) {
                    handed.add(volumeForms.byArchiveNumber(v.archiveNumber())
                            .orElseThrow(() -> new AnjuanException("print.volume.notFound", v.archiveNumber())));
                }
            }
        } else {
            handed.addAll(volumes(target));
        }
        Map<String, Integer> years = new HashMap<>();
        boxes.boxableVolumes().forEach(v -> years.put(v.archiveNumber(), v.year()));
        List<HandoverRow> rows = new ArrayList<>();
        for (VolumeForms f : handed) {
            CoverSheet c = f.cover();
            rows.add(new HandoverRow(rows.size() + 1, c.archiveNumber(), c.title(),
                    years.getOrDefault(c.archiveNumber(), 0), c.retention(), c.pages(),
                    c.volumes() > 1 ? "第" + c.volume() + "卷 共" + c.volumes() + "卷" : ""));
        }
        return new HandoverSheet(handed.get(0).cover().fonds(), RECEIVER, ChineseDate.day(LocalDate.now()), rows);
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
