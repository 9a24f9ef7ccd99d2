package org.anjuan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjuan.casefolder.CaseFolder;
import org.anjuan.casefolder.CaseFolderReader;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ArchiveSettings;
import org.anjuan.domain.BindingMaterial;
import org.anjuan.domain.BindingPlanner;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CheckSheet;
import org.anjuan.domain.LockedFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.RetentionPeriod;
import org.anjuan.domain.RetentionProposal;
import org.anjuan.domain.RetentionRule;
import org.anjuan.domain.ScannedPage;
import org.anjuan.domain.VolumeLayout;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.OpenedScans;
import org.anjuan.pdf.PdfInspector;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.HandoverRepository;
import org.anjuan.store.NumberRegister;
import org.anjuan.store.SettingsStore;
import org.anjuan.store.TemplateRepository;
import org.anjuan.store.VolumeFormRepository;
import org.anjuan.store.VolumeRepository;

/**
 * Everything a bind checks and decides before it writes a byte: reads and validates the case folder,
 * puts the materials in the standard order, inspects every scanned page (blank? A4?), plans the volumes
 * and predicts their archive numbers. Bad input stops here, with nothing written and no number taken.
 */
final class BindPreparer {

    private final CaseFolderReader reader;
    private final PdfInspector inspector = new PdfInspector();
    private final Stores stores;
    private final Messages messages;

    /** The repositories a bind reads. */
    record Stores(CaseRepository cases, VolumeRepository volumes, TemplateRepository templates,
                  NumberRegister numbers, SettingsStore settings, VolumeFormRepository forms,
                  HandoverRepository handovers) {
    }

    BindPreparer(Stores stores, Messages messages) {
        this.stores = stores;
        this.messages = messages;
        this.reader = new CaseFolderReader(messages);
    }

    /** From a case folder: read and checked, put in the standard order unless {@code keepOrder}. */
    BindPlan prepare(Path caseDir, boolean keepOrder, ProgressListener progress) {
        try (OpenedScans opened = new OpenedScans(inspector)) { // counted, then inspected: each opened once
            CaseFolder folder = reader.read(caseDir, opened::count);
            Map<Material, Path> scanOf = new IdentityHashMap<>();
            folder.scans().forEach(s -> scanOf.put(folder.caseFile().materials().get(s.index()), s.pdf()));
            List<String> warnings = new ArrayList<>();
            CaseFile c = ordered(folder.caseFile(), keepOrder, warnings);
            Long existing = stores.cases().findIdBySource(c.sourceDir());
            return plan(folder.folder(), c, scanOf, existing, warnings, opened, progress);
        }
    }

    /** From the register: the case as the clerk arranged it in the window, with the page corrections made there. */
    BindPlan prepare(long caseId, ProgressListener progress) {
        CaseFile c = stores.cases().get(caseId);
        if (c.sourceDir() == null) {
            throw new AnjuanException("bind.noFolder", c.title());
        }
        Path folder = Path.of(c.sourceDir());
        Map<Material, Path> scanOf = new IdentityHashMap<>();
        c.materials().stream().filter(m -> !m.isPaperOnly())
                .forEach(m -> scanOf.put(m, folder.resolve(m.file()).toAbsolutePath().normalize()));
        try (OpenedScans opened = new OpenedScans(inspector)) {
            return plan(folder, c, scanOf, caseId, new ArrayList<>(), opened, progress);
        }
    }

    /**
     * The pre-binding check of a registered case, bound or not: reads its scans as a bind would, then lists
     * what a reviewer would find. Writes nothing.
     */
    CheckSheetData check(long caseId, ProgressListener progress) {
        CaseFile c = stores.cases().get(caseId);
        Map<Material, Path> scanOf = new IdentityHashMap<>();
        if (c.sourceDir() != null) {
            Path folder = Path.of(c.sourceDir());
            c.materials().stream().filter(m -> !m.isPaperOnly())
                    .forEach(m -> scanOf.put(m, folder.resolve(m.file()).toAbsolutePath().normalize()));
        }
        try (OpenedScans opened = new OpenedScans(inspector)) {
            Scanned scanned = scanned(c, scanOf, caseId, opened, progress);
            return new CheckSheetData(c, new BindWarnings(messages).rows(c, scanned.materials(), LocalDate.now()));
        }
    }

    /** A case's findings as worded for the clerk, for the screen and the printed 装订前检查表. */
    record CheckSheetData(CaseFile caseFile, List<CheckSheet.Row> rows) {
    }

    /** The inspected scans and the materials as the binder sees them, page corrections applied. */
    private record Scanned(Map<Path, List<ScannedPage>> scans, List<BindingMaterial> materials) {
    }

    private Scanned scanned(CaseFile c, Map<Material, Path> scanOf, Long existing, OpenedScans opened,
                            ProgressListener progress) {
        Map<String, Map<Integer, PageKind>> overrides = existing == null ? Map.of()
                : stores.volumes().overrides(existing);
        Map<Path, List<ScannedPage>> scans = inspect(c, scanOf, opened, progress);
        List<BindingMaterial> materials = new ArrayList<>();
        for (int i = 0; i < c.materials().size(); i++) {
            Material m = c.materials().get(i);
            Path pdf = scanOf.get(m);
            materials.add(pdf == null ? BindingMaterial.paper(i + 1, m)
                    : BindingMaterial.scan(i + 1, m, kinds(scans.get(pdf), overrides.getOrDefault(m.file(), Map.of()))));
        }
        return new Scanned(scans, materials);
    }

    private BindPlan plan(Path folder, CaseFile c, Map<Material, Path> scanOf, Long existing, List<String> warnings,
                          OpenedScans opened, ProgressListener progress) {
        if (existing != null) {
            stores.volumes().lockOf(existing).check(LockedFile.Change.REBIND);
        }
        if (existing != null && !stores.numbers().forCase(existing).stream().allMatch(n -> n.voided())) {
            throw new AnjuanException("case.numbered", c.title());
        }
        HandoverGate.check(stores.handovers(), existing, c.title());
        Scanned scanned = scanned(c, scanOf, existing, opened, progress);
        Map<Path, List<ScannedPage>> scans = scanned.scans();
        List<BindingMaterial> materials = scanned.materials();
        ArchiveSettings settings = stores.settings().load();
        List<VolumeLayout> volumes = new BindingPlanner(settings.volumeLimit(), NumberPosition.TOP).plan(materials);
        warnings.addAll(new BindWarnings(messages).of(c, materials, scans, scanOf, LocalDate.now()));
        RetentionProposal proposal = new RetentionRule().propose(c.category(), c.flags());
        RetentionPeriod period = existing == null ? proposal.period()
                : stores.cases().retentionOverride(existing).map(o -> RetentionPeriod.valueOf(o[0]))
                        .orElse(proposal.period());
        var predicted = stores.numbers().predict(settings.numberFormat(), c.closed().getYear(),
                settings.words().wordFor(c.category()), volumes.size());
        return new BindPlan(folder, c, scans, volumes, predicted, proposal, period, warnings);
    }

    /** The category's standard order, unless the clerk asked to keep the folder's own. */
    private CaseFile ordered(CaseFile c, boolean keepOrder, List<String> warnings) {
        if (keepOrder) {
            return c;
        }
        List<Material> arranged = stores.templates().forCategory(c.category()).arrange(c.materials(), Material::title);
        if (arranged.equals(c.materials())) {
            return c;
        }
        warnings.add(messages.text("bind.warn.reordered", c.category().label()));
        return c.withMaterials(arranged);
    }

    /** Inspects each scan once; progress counts pages as the first half of the whole bind. */
    private Map<Path, List<ScannedPage>> inspect(CaseFile c, Map<Material, Path> scanOf, OpenedScans opened,
                                                 ProgressListener progress) {
        Map<Path, Integer> pages = new LinkedHashMap<>();
        c.materials().stream().filter(scanOf::containsKey).forEach(m -> pages.putIfAbsent(scanOf.get(m), m.pages()));
        long total = 2L * pages.values().stream().mapToInt(Integer::intValue).sum();
        Map<Path, List<ScannedPage>> scans = new LinkedHashMap<>();
        long before = 0;
        for (Map.Entry<Path, Integer> scan : pages.entrySet()) {
            scans.put(scan.getKey(), opened.inspect(scan.getKey(), new ProgressSlice(progress, before, total)));
            before += scan.getValue();
        }
        return scans;
    }

    private static List<PageKind> kinds(List<ScannedPage> pages, Map<Integer, PageKind> overrides) {
        return pages.stream().map(p -> overrides.getOrDefault(p.index(), p.blank() ? PageKind.BLANK : PageKind.CONTENT))
                .toList();
    }
}
