package org.anjuan.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anjuan.casefolder.CaseFolder;
import org.anjuan.casefolder.CaseFolderReader;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseSummary;
import org.anjuan.domain.LockedFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.OrderTemplate;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.RedoneCase;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.PdfPages;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.TemplateRepository;
import org.anjuan.store.VolumeRepository;

/** The case register: importing case folders and reading cases back. */
public final class CaseService {

    private final CaseRepository cases;
    private final TemplateRepository templates;
    private final VolumeRepository volumes;
    private final CaseFolderReader reader;
    private final PdfPages pdfPages = new PdfPages();
    private final String clerk;

    public CaseService(CaseRepository cases, TemplateRepository templates, VolumeRepository volumes,
                       Messages messages, String clerk) {
        this.volumes = volumes;
        this.reader = new CaseFolderReader(messages);
        this.cases = cases;
        this.templates = templates;
        this.clerk = clerk;
    }

    /**
     * Reads a case folder, counts its scans' pages and stores the case (re-importing a folder updates its
     * case). Everything is checked before anything is written, so bad input leaves the register unchanged.
     */
    public CaseFile importFolder(Path caseDir) {
        CaseFolder folder = reader.read(caseDir, pdfPages::count);
        Long existing = cases.findIdBySource(folder.caseFile().sourceDir());
        if (existing != null) {
            volumes.lockOf(existing).check(LockedFile.Change.MATERIALS); // 第九条: a bound file is not replaced
        }
        return cases.save(folder.caseFile(), clerk);
    }

    /** All cases, newest closing date first. */
    public List<CaseSummary> register() {
        return cases.summaries();
    }

    public List<CaseSummary> search(String query) {
        return cases.summaries().stream().filter(s -> s.matches(query)).toList();
    }

    /**
     * Links case {@code redoneId} to the original whose revoked decision it makes anew (第九条); the original is
     * named by its case id or one of its archive numbers. The original's file and numbers stay as they were.
     */
    public RedoneCase linkRedone(long redoneId, String original) {
        String text = original == null ? "" : original.strip();
        long originalId = text.matches("\\d{1,18}") ? Long.parseLong(text)
                : cases.caseIdByArchiveNumber(text).orElseThrow(() -> new AnjuanException("case.redo.unknown", text));
        return cases.linkRedone(redoneId, originalId, clerk);
    }

    /** The original this case redoes and the cases that redo it (第九条). */
    public List<RedoneCase> redoneLinks(long caseId) {
        return cases.redoneLinks(caseId);
    }

    /** Whether the case is bound and so locked against changes (第九条); says why each change is refused. */
    public LockedFile lock(long caseId) {
        return volumes.lockOf(caseId);
    }

    public CaseFile get(long id) {
        return cases.get(id);
    }

    /**
     * Puts the materials in a new order (the clerk's drag and drop): {@code order} lists the current
     * positions, 0-based, in their new order. Refused once the case is bound (第九条).
     */
    public CaseFile reorder(long caseId, List<Integer> order) {
        return reorder(cases.get(caseId), order);
    }

    /**
     * Puts the materials of the case as the clerk saw it ({@code shown}, read at some version) in a new order.
     * When another clerk changed the case since, the order is refused with {@code db.case.conflict} and
     * nothing is saved: it was made from a list that is no longer the case's (optimistic locking).
     */
    public CaseFile reorder(CaseFile shown, List<Integer> order) {
        CaseFile c = shown;
        long caseId = c.id();
        volumes.lockOf(caseId).check(LockedFile.Change.ORDER);
        if (order.size() != c.materials().size() || order.stream().distinct().count() != order.size()
                || order.stream().anyMatch(i -> i < 0 || i >= order.size())) {
            throw new IllegalArgumentException("not a permutation of the materials: " + order);
        }
        List<Material> materials = order.stream().map(c.materials()::get).toList();
        return cases.saveOrder(c.withMaterials(materials), clerk);
    }

    /** The absolute path of a scanned material of a case, or null for a paper-only one. */
    public Path scanOf(CaseFile c, Material m) {
        return m.isPaperOnly() || c.sourceDir() == null ? null
                : Path.of(c.sourceDir()).resolve(m.file()).toAbsolutePath().normalize();
    }

    /** The clerk's corrections of scanned pages' status, by scan file and 1-based page. */
    public Map<String, Map<Integer, PageKind>> pageKinds(long caseId) {
        return volumes.overrides(caseId);
    }

    /** Marks one scanned page blank, not blank (CONTENT) or as the back of a sheet; null clears the mark. */
    public void setPageKind(long caseId, String file, int page, PageKind kind) {
        volumes.lockOf(caseId).check(LockedFile.Change.PAGE_MARKS); // a bound file's page numbers are fixed
        volumes.setOverride(caseId, file, page, kind, clerk);
    }

    /** The category's standard order, for comparing with the case's own. */
    public OrderTemplate template(CaseFile c) {
        return templates.forCategory(c.category());
    }

    /** The case's materials in the standard order of its category; unknown titles keep their order, last. */
    public List<Material> standardOrder(CaseFile c) {
        return template(c).arrange(c.materials(), Material::title);
    }
}
