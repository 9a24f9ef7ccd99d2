package org.anjuan.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.app.BindPlan;
import org.anjuan.app.BindReport;
import org.anjuan.app.BindResult;
import org.anjuan.domain.LayoutPart;
import org.anjuan.domain.VolumeLayout;
import org.anjuan.i18n.Messages;

/** What the bind dialog says about a plan and its result. Pure text: no toolkit, no database. */
final class PlanText {

    private final Messages messages;

    PlanText(Messages messages) {
        this.messages = messages;
    }

    String heading(BindPlan plan) {
        return messages.text("plan.heading", plan.caseFile().title());
    }

    /** One line per volume with the number it is expected to take, the retention period, the caveat. */
    String summary(BindPlan plan) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < plan.volumes().size(); i++) {
            VolumeLayout v = plan.volumes().get(i);
            lines.add(messages.text(v.secondary() ? "plan.volume.secondary" : "plan.volume", v.volume(), v.volumes(),
                    plan.predicted().get(i).text(), v.items(), v.numberedPages()));
        }
        lines.add(retention(plan));
        lines.add(messages.text("plan.predicted.note"));
        return String.join("\n", lines);
    }

    String retention(BindPlan plan) {
        String articles = String.join("、", plan.retention().decidingArticles());
        return plan.period() == plan.retention().period()
                ? messages.text("plan.retention", plan.period().label(), articles)
                : messages.text("plan.retention.chosen", plan.period().label(), plan.retention().period().label(),
                        articles);
    }

    List<PlanRow> rows(BindPlan plan) {
        List<PlanRow> rows = new ArrayList<>();
        for (VolumeLayout v : plan.volumes()) {
            String volume = messages.text(v.secondary() ? "plan.row.volume.secondary" : "plan.row.volume", v.volume());
            for (LayoutPart p : v.parts()) {
                rows.add(new PlanRow(volume, p.material().seq(), p.material().material().title(), pages(p), note(p)));
            }
        }
        return rows;
    }

    /** 1–3, or 4 for a single page, or — when no page of the part takes a number. */
    static String pages(LayoutPart p) {
        if (p.lastNumber() == 0) {
            return "—";
        }
        return p.firstNumber() == p.lastNumber() ? Integer.toString(p.firstNumber())
                : p.firstNumber() + "–" + p.lastNumber();
    }

    private String note(LayoutPart p) {
        List<String> notes = new ArrayList<>();
        if (!p.material().scanned()) {
            notes.add(messages.text("plan.row.paper"));
        }
        if (!p.whole()) {
            notes.add(messages.text("plan.row.split", p.fromPage() + 1, p.toPage()));
        }
        int blank = p.unnumberedPages().size();
        if (blank > 0) {
            notes.add(messages.text("plan.row.blank", blank));
        }
        return String.join(messages.text("materials.remark.separator"), notes);
    }

    /** 装订完成 with the numbers taken, then every file written. */
    String done(BindResult result) {
        List<String> lines = new ArrayList<>();
        List<String> numbers = result.report() == null ? List.of()
                : result.report().volumes().stream().map(BindReport.Volume::archiveNumber).toList();
        lines.add(messages.text("plan.done", result.files().size(), String.join("、", numbers)));
        result.files().stream().map(Path::toString).forEach(lines::add);
        lines.add(messages.text("plan.done.report", result.reportFile()));
        return String.join("\n", lines);
    }

    String progress(long done, long total) {
        return messages.text("plan.progress", done, total);
    }
}
