package org.anjuan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.BindingMaterial;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CheckSheet;
import org.anjuan.domain.Material;
import org.anjuan.domain.PreBindingCheck;
import org.anjuan.domain.ScannedPage;
import org.anjuan.i18n.Messages;

/** What the clerk should know before binding: the pre-binding check's findings, then the non-A4 pages. */
final class BindWarnings {

    private final Messages messages;

    BindWarnings(Messages messages) {
        this.messages = messages;
    }

    /** The pre-binding check's findings worded in the clerk's language, each with the rule it comes from. */
    List<CheckSheet.Row> rows(CaseFile c, List<BindingMaterial> materials, LocalDate today) {
        List<CheckSheet.Row> rows = new ArrayList<>();
        for (PreBindingCheck.Finding f : new PreBindingCheck().check(c, materials, today)) {
            rows.add(new CheckSheet.Row(rows.size() + 1, messages.text(f.key(), f.args().toArray()), f.rule()));
        }
        return rows;
    }

    List<String> of(CaseFile c, List<BindingMaterial> materials, Map<Path, List<ScannedPage>> scans,
                    Map<Material, Path> scanOf, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        rows(c, materials, today).forEach(r -> warnings.add(messages.text("check.worded", r.problem(), r.rule())));
        for (BindingMaterial b : materials) {
            Material m = b.material();
            Path pdf = scanOf.get(m);
            if (pdf == null) {
                continue;
            }
            for (ScannedPage p : scans.get(pdf)) {
                if (!p.a4()) {
                    warnings.add(messages.text("bind.warn.notA4", b.seq(), m.title(), p.index(),
                            Math.round(p.widthMm()), Math.round(p.heightMm()), p.advice().label()));
                }
            }
        }
        return warnings;
    }
}
