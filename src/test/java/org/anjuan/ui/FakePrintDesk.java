package org.anjuan.ui;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anjuan.app.PrintBatch;
import org.anjuan.app.PrintCentre;
import org.anjuan.app.PrintForm;
import org.anjuan.app.PrintRoute;
import org.anjuan.app.PrintTarget;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.domain.Category;
import org.anjuan.domain.RetentionPeriod;

/**
 * A print desk in memory: every part renders as one page whose "PDF" names the form and target, so a test can
 * read back what was rendered, saved and printed. Forms in {@link #refused} are refused as the print centre does.
 */
final class FakePrintDesk implements PrintDesk {

    final List<BoxableVolume> volumes = new ArrayList<>();
    final List<ArchiveBox> boxes = new ArrayList<>();
    final List<String> printers = new ArrayList<>();
    String defaultPrinter;
    final Set<PrintForm> refused = EnumSet.noneOf(PrintForm.class);
    final List<List<String>> rendered = new ArrayList<>();
    final List<PrintCentre.Offsets> offsets = new ArrayList<>();
    final List<String> saved = new ArrayList<>();
    final List<String> printed = new ArrayList<>();

    static BoxableVolume volume(int seq, String caseTitle) {
        return new BoxableVolume(seq, "2023年厦国动罚字第%02d号".formatted(seq), 2023, "罚", seq,
                Category.PUNISHMENT_GENERAL, RetentionPeriod.PERMANENT, LocalDate.of(2023, 6, 20), caseTitle, 12,
                null, null);
    }

    static ArchiveBox box(long id, int number, BoxableVolume... volumes) {
        return new ArchiveBox(id, 2023, "罚", number, RetentionPeriod.PERMANENT, 30,
                LocalDateTime.of(2023, 12, 1, 9, 0), "档案员", List.of(volumes));
    }

    @Override
    public List<BoxableVolume> volumes() {
        return List.copyOf(volumes);
    }

    @Override
    public List<ArchiveBox> boxes() {
        return List.copyOf(boxes);
    }

    @Override
    public List<String> printers() {
        return List.copyOf(printers);
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(defaultPrinter);
    }

    @Override
    public byte[] render(List<PrintBatch.Part> parts, PrintCentre.Offsets offsets) {
        for (PrintBatch.Part part : parts) {
            if (refused.contains(part.form())) {
                throw new AnjuanException("print.formUnavailable", part.form().title());
            }
        }
        List<String> names = parts.stream().map(p -> p.form().cliName() + " " + target(p.target())).toList();
        rendered.add(names);
        this.offsets.add(offsets);
        return String.join("\n", names).getBytes(StandardCharsets.UTF_8);
    }

    private static String target(PrintTarget target) {
        if (target instanceof PrintTarget.Volume v) {
            return v.archiveNumber();
        }
        if (target instanceof PrintTarget.Boxes b) {
            return String.join(",", b.boxes());
        }
        return "-";
    }

    @Override
    public int pageCount(byte[] pdf) {
        return new String(pdf, StandardCharsets.UTF_8).split("\n").length;
    }

    @Override
    public List<BufferedImage> preview(byte[] pdf, float dpi, int maxPages) {
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < Math.min(maxPages, pageCount(pdf)); i++) {
            pages.add(new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB));
        }
        return pages;
    }

    @Override
    public int save(byte[] pdf, Path out) {
        saved.add(out + ": " + new String(pdf, StandardCharsets.UTF_8).replace("\n", " | "));
        return pageCount(pdf);
    }

    @Override
    public PrintRoute print(byte[] pdf, String printer, String jobName, int copies) {
        if (!printers.contains(printer)) {
            throw new AnjuanException("print.unknownPrinter", printer, String.join("、", printers));
        }
        printed.add(printer + " ×" + copies + " 「" + jobName + "」: "
                + new String(pdf, StandardCharsets.UTF_8).replace("\n", " | "));
        return PrintRoute.PDF;
    }
}
