package org.anjuan.ui;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.PageKind;
import org.anjuan.i18n.Messages;

/**
 * The selected case's materials in filing order, with the pages of the selected material: reorder them (drag
 * and drop, or the category's standard order), and mark pages blank, not blank or verso. Database work runs on
 * the window's tasks; inspections and thumbnails on the quiet {@code pictures} tasks, so they do not hold up
 * the window's commands. What the scans hold is kept in {@link CaseScans}.
 */
public final class MaterialsViewModel {

    private final BackgroundTasks tasks;
    private final BackgroundTasks pictures;
    private final Messages messages;
    private final Failures failures;
    private final DateText dates;
    private final PageText text;
    private final ObjectProperty<CaseBinding> backend = new SimpleObjectProperty<>(this, "backend");
    private final ReadOnlyObjectWrapper<CaseFile> caseFile = new ReadOnlyObjectWrapper<>(this, "caseFile");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ObservableList<MaterialRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ObservableList<PageItem> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pagesHeading = new ReadOnlyStringWrapper(this, "pagesHeading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper inspecting = new ReadOnlyBooleanWrapper(this, "inspecting");
    private CaseScans scans = CaseScans.EMPTY;
    private Runnable onStale = () -> { };

    public MaterialsViewModel(BackgroundTasks tasks, BackgroundTasks pictures, Messages messages,
                              ErrorReporter errors) {
        this.tasks = tasks;
        this.pictures = pictures;
        this.messages = messages;
        this.failures = new Failures(messages, errors);
        this.dates = new DateText(messages);
        this.text = new PageText(messages);
        selected.addListener((obs, old, now) -> showPages());
    }

    void connect(CaseBinding binding) {
        backend.set(binding);
    }

    /** What to do when a change was refused because the case changed meanwhile: read it again. */
    void setOnStale(Runnable reload) {
        onStale = reload;
    }

    private static boolean isConflict(Throwable e) {
        AnjuanException refusal = Failures.refusal(e);
        return refusal != null && refusal.key().startsWith("db.case.conflict");
    }

    /** Shows a case read from the register; {@code numbered} when it holds a valid archive number. */
    void show(CaseFile c, boolean numbered) {
        CaseBinding b = backend.get();
        CaseFile before = caseFile.get();
        boolean sameCase = before != null && before.id().equals(c.id());
        int keep = sameCase ? selected.get() : -1;
        scans.stop();
        scans = b == null ? CaseScans.EMPTY : sameCase ? scans.reopen(c, this::scansChanged)
                : new CaseScans(b, pictures, failures, c, this::scansChanged);
        caseFile.set(c);
        locked.set(numbered);
        summary.set(new CaseDetailsText(messages, dates).materialSummary(c));
        status.set("");
        showMaterials(c, keep >= 0 && keep < c.materials().size() ? keep : c.materials().isEmpty() ? -1 : 0);
        scans.start();
        inspecting.set(scans.isInspecting());
        if (b != null) {
            tasks.run(() -> b.pageKinds(c.id()), marks -> scans.marks(c.id(), marks),
                    e -> tell(failures.report("binding.load.failed", e, "binding.load.failed")));
        }
    }

    void clear() {
        scans.stop();
        scans = CaseScans.EMPTY;
        inspecting.set(false);
        caseFile.set(null);
        locked.set(false);
        rows.clear();
        selected.set(-1);
        pages.clear();
        pagesHeading.set("");
        summary.set("");
        status.set("");
    }

    /** Drag and drop: the material at {@code from} goes to position {@code to}; saved in the background. */
    public void move(int from, int to) {
        CaseFile c = caseFile.get();
        if (c == null || backend.get() == null || from == to) {
            return;
        }
        reorder(MaterialOrder.move(c.materials().size(), from, to),
                messages.text("binding.status.moved", from + 1, c.materials().get(from).title(), to + 1));
    }

    /** 按标准顺序排列: the order of the category's template. */
    public void applyStandardOrder() {
        CaseFile c = caseFile.get();
        CaseBinding b = backend.get();
        if (c == null || b == null) {
            return;
        }
        tasks.run(() -> MaterialOrder.of(c.materials(), b.standardOrder(c)), order -> {
            if (MaterialOrder.isIdentity(order)) {
                tell(messages.text("binding.status.alreadyStandard", c.category().label()));
            } else {
                reorder(order, messages.text("binding.status.standard", c.category().label()));
            }
        }, e -> tell(failures.report("binding.reorder.failed", e, "binding.status.reorderRefused")));
    }

    /**
     * Shows the new order at once, then saves it; a refusal (the case is numbered) is shown in Chinese and the
     * list goes back to the order it had.
     */
    private void reorder(List<Integer> order, String done) {
        CaseFile before = caseFile.get();
        CaseBinding b = backend.get();
        int selectedBefore = selected.get();
        // shown at once as the version the save will make, so that a second move made before this one is saved
        // builds on it; if this one is refused, both are, and the list goes back
        CaseFile moved = before.withMaterials(MaterialOrder.apply(before.materials(), order))
                .withVersion(before.version() + 1);
        caseFile.set(moved);
        showMaterials(moved, selectedBefore < 0 ? -1 : order.indexOf(selectedBefore));
        tell(messages.text("binding.status.saving"));
        tasks.run(() -> b.reorder(before, order), saved -> {
            if (isShowing(before)) {
                caseFile.set(saved);
                showMaterials(saved, selected.get());
                tell(done);
            }
        }, e -> {
            String refused = failures.report("binding.reorder.failed", e, "binding.status.reorderRefused");
            if (isShowing(before)) {
                caseFile.set(before);
                showMaterials(before, selectedBefore);
                tell(refused);
                if (isConflict(e)) {
                    onStale.run(); // another clerk changed the case: show theirs, so the clerk redoes from it
                }
            }
        });
    }

    /** Marks a scanned page (null clears the mark); the strip and the row's 提示 follow once it is saved. */
    public void mark(PageItem page, PageKind kind) {
        CaseFile c = caseFile.get();
        CaseBinding b = backend.get();
        if (c == null || b == null) {
            return;
        }
        tasks.run(() -> {
            b.setPageKind(c.id(), page.file(), page.page(), kind);
            return Optional.ofNullable(kind);
        }, k -> {
            if (isShowing(c)) {
                scans.marked(page.file(), page.page(), kind);
                tell(kind == null ? messages.text("binding.status.cleared", page.page())
                        : messages.text("binding.status.marked", page.page(), text.markName(kind)));
            }
        }, e -> tell(failures.report("binding.mark.failed", e, "binding.mark.failed")));
    }

    /**
     * Renders a page's thumbnail on the quiet tasks; skipped when {@code wanted} says the picture is no longer
     * needed by the time its turn comes (a cell scrolled on). {@code ready} gets null when the page cannot be drawn.
     */
    public void thumbnail(PageItem page, int widthPx, BooleanSupplier wanted, Consumer<BufferedImage> ready) {
        CaseBinding b = backend.get();
        if (b == null) {
            return;
        }
        pictures.run(() -> wanted.getAsBoolean()
                        ? Optional.of(b.thumbnail(page.pdf(), page.page() - 1, widthPx)) : Optional.<BufferedImage>empty(),
                image -> image.ifPresent(ready), e -> ready.accept(null));
    }

    /** Sets the status even when it says the same as before, so the window's status line shows it again. */
    private void tell(String news) {
        status.set("");
        status.set(news);
    }

    private void scansChanged() {
        inspecting.set(scans.isInspecting());
        CaseFile c = caseFile.get();
        if (c == null) {
            return;
        }
        for (int i = 0; i < rows.size() && i < c.materials().size(); i++) {
            MaterialNotes notes = notes(c.materials().get(i));
            if (!notes.equals(rows.get(i).notes())) {
                rows.set(i, rows.get(i).withNotes(notes));
            }
        }
        showPages();
    }

    private void showMaterials(CaseFile c, int select) {
        List<MaterialRow> fresh = MaterialRow.of(c.materials(), messages, dates);
        rows.setAll(fresh.stream().map(r -> r.withNotes(notes(c.materials().get(r.seq() - 1)))).toList());
        if (selected.get() == select) {
            showPages();
        } else {
            selected.set(select);
        }
    }

    private MaterialNotes notes(Material m) {
        return text.notes(m, m.isPaperOnly() ? null : scans.inspected(m.file()), scans.marks(m.file()),
                m.isPaperOnly() ? null : scans.failure(m.file()));
    }

    private void showPages() {
        CaseFile c = caseFile.get();
        int i = selected.get();
        if (c == null || i < 0 || i >= c.materials().size()) {
            pages.clear();
            pagesHeading.set(c == null ? "" : messages.text("pages.none"));
            return;
        }
        Material m = c.materials().get(i);
        List<PageItem> items = scans.pages(m);
        if (!items.equals(pages)) {
            pages.setAll(items);
        }
        pagesHeading.set(m.isPaperOnly() || scans.isKnown(m) ? text.heading(i + 1, m, items)
                : messages.text("pages.loading.heading", i + 1, m.title()));
        scans.inspectFirst(m);
    }

    private boolean isShowing(CaseFile c) {
        CaseFile now = caseFile.get();
        return now != null && now.id().equals(c.id());
    }

    public ReadOnlyObjectProperty<CaseFile> caseFileProperty() { return caseFile.getReadOnlyProperty(); }

    /** True while the case holds a valid archive number: order and page marks may no longer change (第九条). */
    public ReadOnlyBooleanProperty lockedProperty() { return locked.getReadOnlyProperty(); }

    /** The materials in filing order; the view reorders them only through {@link #move}. */
    public ObservableList<MaterialRow> rows() { return rows; }

    /** The selected material's position, -1 for none. */
    public IntegerProperty selectedProperty() { return selected; }

    /** The selected material's scanned pages. */
    public ObservableList<PageItem> pages() { return pages; }

    public ReadOnlyStringProperty pagesHeadingProperty() { return pagesHeading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** True while scans are still being inspected. */
    public ReadOnlyBooleanProperty inspectingProperty() { return inspecting.getReadOnlyProperty(); }

    PageText text() { return text; }
}
