package org.anjuan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.AcceptanceCheck;
import org.anjuan.domain.AcceptanceSheet;
import org.anjuan.domain.AcceptanceDecision;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Finding;
import org.anjuan.domain.FindingKind;
import org.anjuan.domain.HandedMaterial;
import org.anjuan.domain.Handover;
import org.anjuan.domain.HandoverStatus;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialScan;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.PdfPreview;
import org.anjuan.report.FormReports;
import org.anjuan.store.CaseRepository;
import org.anjuan.store.HandoverRepository;
import org.anjuan.store.SettingsStore;

/**
 * Handover and acceptance (交接、验收, 第四条, 第十三条): the archive room receives a case's materials from the
 * handling department, checks them, and accepts the file or returns it to the officer with the reasons. Each
 * call is one transaction with its audit entry; a returned file can be received again as a new round.
 */
public final class HandoverService {

    private final CaseRepository cases;
    private final HandoverRepository handovers;
    private final InspectService inspect;
    private final Messages messages;
    private final FormReports reports;
    private final SettingsStore settings;
    private final String clerk;

    HandoverService(CaseRepository cases, HandoverRepository handovers, InspectService inspect, FormReports reports,
                    SettingsStore settings, Messages messages, String clerk) {
        this.cases = cases;
        this.handovers = handovers;
        this.inspect = inspect;
        this.reports = reports;
        this.settings = settings;
        this.messages = messages;
        this.clerk = clerk;
    }

    /** Records that the department handed the case's materials over, as they are in the register now. */
    public Handover receive(long caseId, String fromDept, String fromPerson) {
        CaseFile c = cases.get(caseId);
        if (blank(fromDept) || blank(fromPerson)) {
            throw new AnjuanException("handover.receive.who", c.title());
        }
        List<HandedMaterial> handed = new ArrayList<>();
        for (Material m : c.materials()) {
            handed.add(HandedMaterial.of(handed.size() + 1, m));
        }
        return handovers.receive(caseId, c.title(), fromDept.strip(), fromPerson.strip(), handed, clerk);
    }

    /**
     * Runs the acceptance check on the pending round: what the register and the scans show, then the clerk's own
     * items kept from earlier checks, then {@code newItems}. The findings are stored, numbered for waiving.
     */
    public Handover check(long caseId, List<String> newItems) {
        CaseFile c = cases.get(caseId);
        Handover pending = Handover.pending(handovers.latest(caseId).orElse(null), c.title());
        return handovers.saveCheck(caseId, c.title(), findings(c, pending, newItems), clerk);
    }

    /** Accepts the pending round; every finding must be waived by number with a note (number → note). */
    public Handover accept(long caseId, Map<Integer, String> waivers) {
        CaseFile c = cases.get(caseId);
        Handover pending = Handover.pending(handovers.latest(caseId).orElse(null), c.title());
        List<Finding> now = findings(c, pending, List.of());
        // waivers name findings by number: refuse them if the file changed since the check that gave the numbers
        if (!waivers.isEmpty() && !pending.findings().isEmpty() && !texts(now).equals(texts(pending.findings()))) {
            throw new AnjuanException("handover.check.changed", c.title());
        }
        List<Finding> settled = AcceptanceDecision.accept(now, waivers);
        return handovers.decide(caseId, c.title(), Handover.Decision.ACCEPTED, settled, List.of(), clerk);
    }

    /** Returns the pending round to the officer; at least one reason is required. */
    public Handover returnFile(long caseId, List<String> reasons) {
        CaseFile c = cases.get(caseId);
        Handover pending = Handover.pending(handovers.latest(caseId).orElse(null), c.title());
        List<String> why = AcceptanceDecision.reasons(reasons);
        return handovers.decide(caseId, c.title(), Handover.Decision.RETURNED, findings(c, pending, List.of()), why,
                clerk);
    }

    /** 未移交 / 待验收 / 已接收 / 已退回. */
    public HandoverStatus status(long caseId) {
        cases.get(caseId);
        return Handover.statusOf(handovers.latest(caseId).orElse(null));
    }

    /** Every round of the case, oldest first. */
    public List<Handover> history(long caseId) {
        cases.get(caseId);
        return handovers.rounds(caseId);
    }

    /** The 移交验收单 of a round (null: the latest) as it would print. */
    public AcceptanceSheet sheet(long caseId, Integer round) {
        CaseFile c = cases.get(caseId);
        List<Handover> rounds = handovers.rounds(caseId);
        if (rounds.isEmpty()) {
            throw new AnjuanException("handover.none", c.title());
        }
        Handover h = round == null ? rounds.get(rounds.size() - 1) : rounds.stream()
                .filter(r -> r.round() == round).findFirst()
                .orElseThrow(() -> new AnjuanException("handover.round.unknown", c.title(), round, rounds.size()));
        return new AcceptanceSheets(messages).of(settings.load().fonds(), c, h);
    }

    /** The 移交验收单 as PDF. */
    public byte[] render(AcceptanceSheet sheet) {
        return reports.acceptance(sheet);
    }

    /** Writes the 移交验收单 of a round to {@code out} (beside it first, then moved into place); returns its pages. */
    public int save(long caseId, Integer round, Path out) {
        byte[] pdf = render(sheet(caseId, round));
        PrintCentre.write(pdf, out);
        return PdfPreview.pageCount(pdf);
    }

    /** Whether binding needs an accepted handover (off by default). */
    public boolean required() {
        return handovers.required();
    }

    public void setRequired(boolean required) {
        handovers.setRequired(required, clerk);
    }

    private List<Finding> findings(CaseFile c, Handover pending, List<String> newItems) {
        List<Finding> all = new ArrayList<>(new AcceptanceCheck(messages::text).findings(c, scans(c)));
        pending.findings().stream().filter(f -> f.kind() == FindingKind.CLERK_ITEM).forEach(all::add);
        newItems.stream().filter(t -> !blank(t))
                .forEach(t -> all.add(new Finding(0, FindingKind.CLERK_ITEM, 0, t.strip(), null)));
        return AcceptanceCheck.numbered(all);
    }

    /** Each scanned material's pages, read from its file in the case folder. */
    private Map<Integer, MaterialScan> scans(CaseFile c) {
        Map<Integer, MaterialScan> scans = new LinkedHashMap<>();
        for (int i = 0; i < c.materials().size(); i++) {
            Material m = c.materials().get(i);
            if (m.isPaperOnly()) {
                continue;
            }
            Path pdf = c.sourceDir() == null ? null : Path.of(c.sourceDir()).resolve(m.file()).normalize();
            if (pdf == null || !Files.isRegularFile(pdf)) {
                scans.put(i + 1, MaterialScan.missingFile());
                continue;
            }
            try {
                scans.put(i + 1, MaterialScan.read(inspect.inspect(pdf, ProgressListener.NONE)));
            } catch (AnjuanException e) {
                scans.put(i + 1, MaterialScan.unreadable(messages.text(e)));
            }
        }
        return scans;
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::text).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
