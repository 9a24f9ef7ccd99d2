package org.anjuan.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive clerk's acceptance check (验收, 第十三条) of a handed-over file, as far as the register can tell:
 * copies without 与原件核对无误 details (第六条), non-A4 scanned pages (第五条), directory entries that do not match
 * their scans, and materials listed twice (第八条: one sequence number each). Findings come in directory order,
 * numbered from 1, so the same file always gives the same numbers for the clerk to waive.
 */
public final class AcceptanceCheck {

    /** Words for a finding: a message key and its arguments, put in the clerk's language by the caller. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    private final Texts texts;

    public AcceptanceCheck(Texts texts) {
        this.texts = texts;
    }

    /** @param scans what was read from each scanned material's file, by 顺序号; paper-only materials have none */
    public List<Finding> findings(CaseFile c, Map<Integer, MaterialScan> scans) {
        List<Finding> found = new ArrayList<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < c.materials().size(); i++) {
            int seq = i + 1;
            Material m = c.materials().get(i);
            Integer earlier = firstSeen.putIfAbsent(identity(m), seq);
            if (earlier != null) {
                found.add(finding(FindingKind.DUPLICATE, seq, texts.text("handover.finding.duplicate", seq, m.title(), earlier)));
            }
            if (m.isUnverifiedCopy()) {
                found.add(finding(FindingKind.UNVERIFIED_COPY, seq, texts.text("handover.finding.unverifiedCopy", seq, m.title())));
            }
            MaterialScan scan = m.isPaperOnly() ? null : scans.get(seq);
            if (scan != null) {
                found.addAll(scanFindings(seq, m, scan));
            }
        }
        return numbered(found);
    }

    private List<Finding> scanFindings(int seq, Material m, MaterialScan scan) {
        if (scan.missing()) {
            return List.of(finding(FindingKind.SCAN_MISSING, seq, texts.text("handover.finding.scanMissing", seq, m.title(), m.file())));
        }
        if (scan.problem() != null) {
            return List.of(finding(FindingKind.SCAN_UNREADABLE, seq,
                    texts.text("handover.finding.scanUnreadable", seq, m.title(), scan.problem())));
        }
        List<Finding> found = new ArrayList<>();
        if (scan.pages().size() != m.pages()) {
            found.add(finding(FindingKind.PAGE_MISMATCH, seq,
                    texts.text("handover.finding.pageMismatch", seq, m.title(), m.pages(), scan.pages().size())));
        }
        for (ScannedPage p : scan.pages()) {
            if (!p.a4()) {
                found.add(finding(FindingKind.NOT_A4, seq, texts.text("handover.finding.notA4", seq, m.title(), p.index(),
                        Math.round(p.widthMm()), Math.round(p.heightMm()), p.advice().label())));
            }
        }
        return found;
    }

    /** Two entries are the same material when title and document number agree (blanks and spaces ignored). */
    private static String identity(Material m) {
        String docNo = m.docNo() == null ? "" : m.docNo();
        return m.title().replaceAll("\\s", "") + "\u0000" + docNo.replaceAll("\\s", "");
    }

    private static Finding finding(FindingKind kind, int seq, String text) {
        return new Finding(0, kind, seq, text, null);
    }

    /** Numbers findings 1, 2, ... in the order given. */
    public static List<Finding> numbered(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.numbered(out.size() + 1));
        }
        return List.copyOf(out);
    }
}
