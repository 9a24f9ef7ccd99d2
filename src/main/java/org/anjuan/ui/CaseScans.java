package org.anjuan.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ScannedPage;

/**
 * What the window knows about one case's scans: where they are, what inspecting them found, and the clerk's
 * page marks. Inspections run one after another on the quiet tasks, the selected material first; each one
 * queues the next only when it is done, so thumbnails asked for meanwhile do not wait for the whole case.
 * Keyed by {@code Material.file()}, which is unique within a case. Used on the FX thread only.
 */
final class CaseScans {

    static final CaseScans EMPTY = new CaseScans();

    private final CaseBinding backend;
    private final BackgroundTasks pictures;
    private final Failures failures;
    private final CaseFile caseFile;
    private final long caseId;
    private final Runnable changed;
    private final Map<String, Path> paths = new HashMap<>();
    private final Map<String, List<ScannedPage>> inspected;
    private final Map<String, String> unreadable;
    private final Map<String, Map<Integer, PageKind>> marks = new HashMap<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean pathsKnown;
    private boolean running;
    private boolean stopped;

    private CaseScans() {
        this.backend = null;
        this.pictures = null;
        this.failures = null;
        this.caseFile = null;
        this.caseId = -1;
        this.changed = () -> { };
        this.inspected = Map.of();
        this.unreadable = Map.of();
        this.stopped = true;
    }

    CaseScans(CaseBinding backend, BackgroundTasks pictures, Failures failures, CaseFile c, Runnable changed) {
        this(backend, pictures, failures, c, changed, new HashMap<>(), new HashMap<>());
    }

    private CaseScans(CaseBinding backend, BackgroundTasks pictures, Failures failures, CaseFile c,
                      Runnable changed, Map<String, List<ScannedPage>> inspected, Map<String, String> unreadable) {
        this.backend = backend;
        this.pictures = pictures;
        this.failures = failures;
        this.caseFile = c;
        this.caseId = c.id();
        this.changed = changed;
        this.inspected = inspected;
        this.unreadable = unreadable;
    }

    /** Finds the scans, then inspects those not inspected yet. */
    CaseScans start() {
        if (backend == null) {
            return this;
        }
        List<Material> scanned = caseFile.materials().stream().filter(m -> !m.isPaperOnly()).toList();
        scanned.stream().map(Material::file).filter(f -> !inspected.containsKey(f) && !unreadable.containsKey(f))
                .forEach(queue::add);
        running = true;
        pictures.run(() -> locate(backend, caseFile, scanned), found -> {
            if (!stopped) {
                paths.putAll(found);
                pathsKnown = true;
                changed.run();
                inspectNext();
            }
        }, e -> {
            failures.explain(e);
            running = false;
            changed.run();
        });
        return this;
    }

    /** The same case read again (after a refresh or a reorder): what was found so far is kept. */
    CaseScans reopen(CaseFile c, Runnable newChanged) {
        if (backend == null) {
            return this;
        }
        CaseScans again = new CaseScans(backend, pictures, failures, c, newChanged, inspected, unreadable);
        again.marks.putAll(marks);
        return again;
    }

    /** Inspections still queued are dropped; one already running finishes but is not followed. */
    void stop() {
        stopped = true;
    }

    void marks(long forCase, Map<String, Map<Integer, PageKind>> loaded) {
        if (stopped || forCase != caseId) {
            return;
        }
        marks.clear();
        loaded.forEach((file, byPage) -> marks.put(file, new HashMap<>(byPage)));
        changed.run();
    }

    void marked(String file, int page, PageKind kind) {
        Map<Integer, PageKind> byPage = marks.computeIfAbsent(file, f -> new HashMap<>());
        if (kind == null) {
            byPage.remove(page);
        } else {
            byPage.put(page, kind);
        }
        changed.run();
    }

    /** Moves a material's scan to the front of the queue, e.g. because the clerk is looking at it. */
    void inspectFirst(Material m) {
        if (!m.isPaperOnly() && queue.remove(m.file())) {
            queue.addFirst(m.file());
        }
    }

    boolean isInspecting() {
        return running && !stopped;
    }

    boolean isKnown(Material m) {
        return pathsKnown && paths.containsKey(m.file());
    }

    List<ScannedPage> inspected(String file) {
        return inspected.get(file);
    }

    String failure(String file) {
        return unreadable.get(file);
    }

    Map<Integer, PageKind> marks(String file) {
        return marks.getOrDefault(file, Map.of());
    }

    /** The pages of a scanned material, as far as they are known; none for paper or before the scan is found. */
    List<PageItem> pages(Material m) {
        Path pdf = m.isPaperOnly() ? null : paths.get(m.file());
        if (pdf == null) {
            return List.of();
        }
        List<ScannedPage> found = inspected.get(m.file());
        Map<Integer, PageKind> byPage = marks(m.file());
        List<PageItem> items = new ArrayList<>(m.pages());
        for (int p = 1; p <= m.pages(); p++) {
            ScannedPage s = found != null && p <= found.size() ? found.get(p - 1) : null;
            items.add(new PageItem(m.file(), p, pdf, s, byPage.get(p)));
        }
        return items;
    }

    private void inspectNext() {
        String file = queue.poll();
        if (stopped || file == null) {
            running = false;
            changed.run();
            return;
        }
        Path pdf = paths.get(file);
        pictures.run(() -> backend.inspect(pdf), pages -> {
            inspected.put(file, List.copyOf(pages));
            if (!stopped) {
                changed.run();
                inspectNext();
            }
        }, e -> {
            unreadable.put(file, failures.explain(e));
            if (!stopped) {
                changed.run();
                inspectNext();
            }
        });
    }

    private static Map<String, Path> locate(CaseBinding backend, CaseFile c, List<Material> scanned) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Material m : scanned) {
            Path pdf = backend.scanOf(c, m);
            if (pdf != null) {
                found.put(m.file(), pdf);
            }
        }
        return found;
    }
}
