package org.anjuan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.BindingMaterial;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.ScannedPage;
import org.anjuan.i18n.Messages;

/** What the clerk should know before binding: non-A4 pages, unverified copies, late filing. */
final class BindWarnings {

    private final Messages messages;

    BindWarnings(Messages messages) {
        this.messages = messages;
    }

    List<String> of(CaseFile c, List<BindingMaterial> materials, Map<Path, List<ScannedPage>> scans,
                    Map<Material, Path> scanOf, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        if (c.isFilingOverdue(today)) {
            warnings.add(messages.text("bind.warn.late", ChineseDate.day(c.closed()), ChineseDate.day(c.filingDeadline())));
        }
        for (BindingMaterial b : materials) {
            Material m = b.material();
            if (m.isUnverifiedCopy()) {
                warnings.add(messages.text("bind.warn.unverifiedCopy", b.seq(), m.title()));
            }
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
