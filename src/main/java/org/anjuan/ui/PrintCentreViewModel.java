package org.anjuan.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.anjuan.app.PrintBatch;
import org.anjuan.app.PrintCentre;
import org.anjuan.app.PrintForm;
import org.anjuan.app.PrintRoute;
import org.anjuan.app.PrintTarget;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveBox;
import org.anjuan.domain.BoxableVolume;
import org.anjuan.i18n.Messages;

/**
 * 打印中心: the clerk ticks volumes or boxes and the forms to print for them; the forms are rendered into one
 * PDF in the background and shown page by page; that very PDF is then saved or sent to a printer. A newer
 * choice made while a preview renders is rendered as soon as that one is done, and only the newest is shown.
 * Refusals (a form not printable yet, a missing printer) go to the {@link ErrorReporter} in Chinese and leave
 * the print centre usable.
 */
public final class PrintCentreViewModel {

    /** What the forms are printed for: bound volumes (案卷) or archive boxes (档案盒). */
    public enum Target { VOLUMES, BOXES }

    /** Pages pictured in the preview: enough for any case's forms, few enough to stay light. */
    static final int PREVIEW_PAGES = 20;
    /** The preview's resolution: an A4 page 595 pixels wide, scaled to fit the pane. */
    static final float PREVIEW_DPI = 72;
    /** Forms fed through a printer onto preprinted or cut sheets, where calibration offsets apply. */
    private static final Set<PrintForm> CALIBRATED = Set.of(PrintForm.NUMBER_SHEETS, PrintForm.SPINE_SHEET);

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Failures failures;
    private final PrintQuestions questions;
    private final PrintCentreText text;
    private PrintDesk desk;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.VOLUMES);
    private final ObservableList<PickRow<BoxableVolume>> volumes =
            FXCollections.observableArrayList(row -> new Observable[] {row.pickedProperty()});
    private final FilteredList<PickRow<BoxableVolume>> shownVolumes = new FilteredList<>(volumes);
    private final StringProperty volumeFilter = new SimpleStringProperty(this, "volumeFilter", "");
    private final ObservableList<PickRow<ArchiveBox>> boxes =
            FXCollections.observableArrayList(row -> new Observable[] {row.pickedProperty()});
    private final List<PickRow<PrintForm>> allForms = Arrays.stream(PrintForm.values())
            .map(f -> new PickRow<>(f, false)).toList();
    private final ObservableList<PickRow<PrintForm>> forms = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>(this, "printer");
    private final IntegerProperty copies = new SimpleIntegerProperty(this, "copies", 1);
    private final DoubleProperty offsetX = new SimpleDoubleProperty(this, "offsetX");
    private final DoubleProperty offsetY = new SimpleDoubleProperty(this, "offsetY");
    private final ReadOnlyBooleanWrapper offsetsApply = new ReadOnlyBooleanWrapper(this, "offsetsApply");
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageCount = new ReadOnlyStringWrapper(this, "pageCount", "");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper(this, "previewNote", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final StringExpression pickedSummary;
    private final BooleanExpression canOutput;
    private final BooleanExpression working;

    /** Bumped by every change of choice: a preview rendered for an older one is not shown. */
    private long generation;
    private Rendered current;
    private boolean quiet;

    public PrintCentreViewModel(BackgroundTasks tasks, Messages messages, ErrorReporter errors,
                                PrintQuestions questions) {
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        this.failures = new Failures(messages, errors);
        this.questions = questions;
        this.text = new PrintCentreText(messages);
        shownVolumes.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String q = volumeFilter.get() == null ? "" : volumeFilter.get().strip().toLowerCase(Locale.ROOT);
            return row -> q.isEmpty() || row.item().archiveNumber().toLowerCase(Locale.ROOT).contains(q)
                    || row.item().caseTitle().toLowerCase(Locale.ROOT).contains(q);
        }, volumeFilter));
        pickedSummary = Bindings.createStringBinding(() -> target.get() == Target.VOLUMES
                ? text.picked(Target.VOLUMES, volumes.stream().filter(PickRow::picked).count(), volumes.size())
                : text.picked(Target.BOXES, boxes.stream().filter(PickRow::picked).count(), boxes.size()),
                target, volumes, boxes);
        working = loading.or(rendering).or(sending);
        canOutput = ready.and(working.not());

        forms.setAll(offered(Target.VOLUMES));
        target.addListener((obs, old, kind) -> {
            boolean wasQuiet = quiet;
            quiet = true;
            try {
                List<PickRow<PrintForm>> offered = offered(kind);
                allForms.stream().filter(f -> !offered.contains(f)).forEach(f -> f.pickedProperty().set(false));
                forms.setAll(offered);
            } finally {
                quiet = wasQuiet;
            }
            choiceChanged();
        });
        volumes.addListener((javafx.collections.ListChangeListener<PickRow<BoxableVolume>>) c -> choiceChanged());
        boxes.addListener((javafx.collections.ListChangeListener<PickRow<ArchiveBox>>) c -> choiceChanged());
        allForms.forEach(f -> f.pickedProperty().addListener((obs, old, picked) -> {
            offsetsApply.set(allForms.stream().anyMatch(r -> r.picked() && CALIBRATED.contains(r.item())));
            choiceChanged();
        }));
        offsetX.addListener((obs, old, x) -> offsetsChanged());
        offsetY.addListener((obs, old, y) -> offsetsChanged());
    }

    void connect(PrintDesk printDesk) {
        this.desk = printDesk;
    }

    /** 打印中心…: nothing ticked yet. */
    public void open() {
        openWith(List.of());
    }

    /** Opened for a case: its volumes, by archive number, come ticked. */
    public void openFor(List<String> archiveNumbers) {
        openWith(archiveNumbers);
    }

    private void openWith(List<String> archiveNumbers) {
        PrintDesk d = desk;
        if (d == null || loading.get()) {
            return;
        }
        quiet = true;
        try {
            target.set(Target.VOLUMES);
            allForms.forEach(f -> f.pickedProperty().set(false));
            volumeFilter.set("");
            volumes.clear();
            boxes.clear();
        } finally {
            quiet = false;
        }
        clearPreview(messages.text("printCentre.loading"));
        outcome.set("");
        failed.set(false);
        copies.set(1);
        showing.set(true);
        loading.set(true);
        tasks.run(() -> new Register(d.volumes(), d.boxes(), d.printers(), d.defaultPrinter()), register -> {
            quiet = true;
            try {
                volumes.setAll(register.volumes().stream()
                        .map(v -> new PickRow<>(v, archiveNumbers.contains(v.archiveNumber()))).toList());
                boxes.setAll(register.boxes().stream().map(b -> new PickRow<>(b, false)).toList());
                String before = printer.get();
                printers.setAll(register.printers());
                printer.set(before != null && register.printers().contains(before) ? before
                        : register.defaultPrinter().filter(register.printers()::contains)
                                .orElse(register.printers().isEmpty() ? null : register.printers().get(0)));
            } finally {
                quiet = false;
                loading.set(false);
            }
            choiceChanged();
        }, e -> {
            loading.set(false);
            clearPreview(failures.report("printCentre.load.failed", e, "printCentre.load.failed"));
        });
    }

    /** Closes the print centre; what was rendered is let go. */
    public void close() {
        generation++;
        showing.set(false);
        clearPreview("");
    }

    /** 打印…: asks for the printer and copies, then sends the previewed PDF. */
    public void print() {
        Rendered r = current;
        if (r == null || !canOutput.get()) {
            return;
        }
        if (printers.isEmpty()) {
            fail("printCentre.print.failed", new AnjuanException("print.noPrinters"));
            return;
        }
        Optional<PrintQuestions.PrinterChoice> answer = questions.printer(
                new PrintQuestions.PrinterChoice(printer.get(), copies.get()), List.copyOf(printers),
                messages.text("printCentre.print.what", r.job(), r.pages()));
        if (answer.isEmpty()) {
            return;
        }
        PrintQuestions.PrinterChoice choice = answer.get();
        printer.set(choice.printer());
        copies.set(choice.copies());
        sending.set(true);
        failed.set(false);
        outcome.set(messages.text("printCentre.printing", choice.printer()));
        tasks.run(() -> desk.print(r.pdf(), choice.printer(), r.job(), choice.copies()), (PrintRoute route) -> {
            sending.set(false);
            outcome.set(messages.text("printCentre.printed", r.job(), choice.printer(), choice.copies(),
                    r.pages()));
        }, e -> {
            sending.set(false);
            fail("printCentre.print.failed", e);
        });
    }

    /** 另存为 PDF…: asks where, then writes the previewed PDF there. */
    public void saveAs() {
        Rendered r = current;
        if (r == null || !canOutput.get()) {
            return;
        }
        Optional<Path> answer = questions.pdfFile(r.fileName());
        if (answer.isEmpty()) {
            return;
        }
        Path out = answer.get();
        sending.set(true);
        failed.set(false);
        outcome.set(messages.text("printCentre.saving", out.toString()));
        tasks.run(() -> desk.save(r.pdf(), out), saved -> {
            sending.set(false);
            outcome.set(messages.text("printCentre.saved", r.job(), out.toString(), saved));
        }, e -> {
            sending.set(false);
            fail("printCentre.save.failed", e);
        });
    }

    private void fail(String headerKey, Throwable e) {
        String message = failures.explain(e);
        failed.set(true);
        outcome.set(message);
        errors.show(messages.text(headerKey), message, e);
    }

    private void offsetsChanged() {
        if (offsetsApply.get()) {
            choiceChanged();
        }
    }

    /** The ticks, the target or the offsets changed: the preview on show no longer fits. */
    private void choiceChanged() {
        if (quiet) {
            return;
        }
        generation++;
        current = null;
        ready.set(false);
        renderLatest();
    }

    /** Renders the newest choice, unless a render is running: that one starts the next when it is done. */
    private void renderLatest() {
        if (!showing.get() || loading.get() || rendering.get()) {
            return;
        }
        List<PrintForm> picked = allForms.stream().filter(PickRow::picked).map(PickRow::item).toList();
        List<String> names = targetNames();
        if (picked.isEmpty()) {
            clearPreview(messages.text("printCentre.preview.noForm"));
            return;
        }
        boolean needsTarget = picked.stream().anyMatch(f -> f.needs() != PrintForm.Needs.NOTHING);
        if (needsTarget && names.isEmpty()) {
            clearPreview(messages.text(target.get() == Target.VOLUMES ? "printCentre.preview.noVolume"
                    : "printCentre.preview.noBox"));
            return;
        }
        long wanted = generation;
        List<PrintBatch.Part> parts = parts(picked, names);
        PrintCentre.Offsets offsets = offsetsApply.get() ? new PrintCentre.Offsets(offsetX.get(), offsetY.get())
                : PrintCentre.Offsets.NONE;
        String targets = needsTarget ? text.targets(target.get(), names) : "";
        String job = text.job(picked, targets);
        String fileName = text.fileName(picked, targets);
        PrintDesk d = desk;
        rendering.set(true);
        if (pages.isEmpty()) {
            previewNote.set(messages.text("printCentre.preview.rendering"));
        }
        tasks.run(() -> {
            byte[] pdf = d.render(parts, offsets);
            return new Rendered(pdf, d.pageCount(pdf), d.preview(pdf, PREVIEW_DPI, PREVIEW_PAGES), job, fileName);
        }, r -> {
            rendering.set(false);
            if (wanted != generation) {
                renderLatest();
                return;
            }
            current = r;
            ready.set(true);
            pages.setAll(r.images());
            pageCount.set(text.pages(r.pages(), r.images().size()));
            previewNote.set("");
        }, e -> {
            rendering.set(false);
            if (wanted != generation) {
                renderLatest();
                return;
            }
            String message = failures.explain(e);
            clearPreview(message);
            errors.show(messages.text("printCentre.preview.failed"), message, e);
        });
    }

    /** Every picked form in the order of {@link PrintForm}, each for the ticked volumes or boxes. */
    private List<PrintBatch.Part> parts(List<PrintForm> picked, List<String> names) {
        List<PrintBatch.Part> parts = new ArrayList<>();
        for (PrintForm form : picked) {
            if (form.needs() == PrintForm.Needs.NOTHING) {
                parts.add(new PrintBatch.Part(form, new PrintTarget.Nothing()));
            } else if (target.get() == Target.BOXES) {
                parts.add(new PrintBatch.Part(form, new PrintTarget.Boxes(names)));
            } else {
                names.forEach(n -> parts.add(new PrintBatch.Part(form, new PrintTarget.Volume(n))));
            }
        }
        return parts;
    }

    /** The ticked volumes' archive numbers or the ticked boxes' codes, in register order. */
    private List<String> targetNames() {
        return target.get() == Target.VOLUMES
                ? volumes.stream().filter(PickRow::picked).map(r -> r.item().archiveNumber()).toList()
                : boxes.stream().filter(PickRow::picked).map(r -> r.item().code().text()).toList();
    }

    private void clearPreview(String note) {
        current = null;
        ready.set(false);
        pages.clear();
        pageCount.set("");
        previewNote.set(note);
    }

    /** The forms offered for a target: those printed for it, and those printed for nothing in particular. */
    private List<PickRow<PrintForm>> offered(Target kind) {
        return allForms.stream().filter(row -> switch (row.item().needs()) {
            case VOLUMES -> kind == Target.VOLUMES;
            case BOXES -> kind == Target.BOXES;
            case VOLUMES_OR_BOXES, NOTHING -> true;
        }).toList();
    }

    /** What the register holds for printing, read in one go when the print centre opens. */
    private record Register(List<BoxableVolume> volumes, List<ArchiveBox> boxes, List<String> printers,
                            Optional<String> defaultPrinter) {
    }

    /** A rendered preview: the PDF that is saved or printed as it is, its page count and pictures. */
    private record Rendered(byte[] pdf, int pages, List<BufferedImage> images, String job, String fileName) {
    }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    public ObjectProperty<Target> targetProperty() { return target; }

    /** Every bound volume, ticked or not. */
    public ObservableList<PickRow<BoxableVolume>> volumes() { return volumes; }

    /** The volumes the filter lets through; ticks outside the filter stay. */
    public ObservableList<PickRow<BoxableVolume>> shownVolumes() { return shownVolumes; }

    /** Part of an archive number or a case title. */
    public StringProperty volumeFilterProperty() { return volumeFilter; }

    public ObservableList<PickRow<ArchiveBox>> boxes() { return boxes; }

    /** The forms offered for the current target, in the order they are printed. */
    public ObservableList<PickRow<PrintForm>> forms() { return forms; }

    /** 已选 2 卷，共 5 卷 */
    public StringExpression pickedSummary() { return pickedSummary; }

    public ObservableList<String> printers() { return printers; }

    public ObjectProperty<String> printerProperty() { return printer; }

    public IntegerProperty copiesProperty() { return copies; }

    /** Calibration, millimetres right (negative: left); applies to number sheets and spine sheets only. */
    public DoubleProperty offsetXProperty() { return offsetX; }

    /** Calibration, millimetres down (negative: up). */
    public DoubleProperty offsetYProperty() { return offsetY; }

    /** True while a calibrated form (页号单, 盒脊标签纸) is ticked. */
    public ReadOnlyBooleanProperty offsetsApplyProperty() { return offsetsApply.getReadOnlyProperty(); }

    /** The preview's pages, at most {@link #PREVIEW_PAGES}. */
    public ObservableList<BufferedImage> pages() { return pages; }

    /** 共 3 页 */
    public ReadOnlyStringProperty pageCountProperty() { return pageCount.getReadOnlyProperty(); }

    /** What the preview pane says while it shows no pages: what to tick, rendering, or why not. */
    public ReadOnlyStringProperty previewNoteProperty() { return previewNote.getReadOnlyProperty(); }

    /** Where the last job went, or why it did not. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** True when the last save or print failed. */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    /** Reading the register, rendering, saving or printing. */
    public BooleanExpression working() { return working; }

    /** A preview of the current choice is on show and nothing is running: 打印… and 另存为 PDF… may go. */
    public BooleanExpression canOutput() { return canOutput; }
}
