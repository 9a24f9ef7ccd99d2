package org.anjuan.app;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anjuan.domain.ChineseDate;
import org.anjuan.domain.ArchiveNumber;
import org.anjuan.domain.BackSheet;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CoverSheet;
import org.anjuan.domain.DirectoryRow;
import org.anjuan.domain.LayoutPart;
import org.anjuan.domain.Material;
import org.anjuan.domain.ScannedPage;
import org.anjuan.domain.VolumeForms;
import org.anjuan.domain.VolumeLayout;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.VolumeContent;

/**
 * Fills one volume's cover, directory and back sheet from the plan. Printed forms are archive documents in
 * Chinese whatever the interface language, so their wording comes from the Chinese bundle.
 */
final class VolumeContents {

    private final Messages chinese = Messages.chinese();
    private final BindPlan plan;
    private final String fonds;

    VolumeContents(BindPlan plan, String fonds) {
        this.plan = plan;
        this.fonds = fonds;
    }

    VolumeContent of(VolumeLayout v, ArchiveNumber number, LocalDate today) {
        CaseFile c = plan.caseFile();
        String title = v.secondary() ? chinese.text("form.cover.secondaryTitle", c.title()) : c.title();
        CoverSheet cover = new CoverSheet(fonds, c.category().label(), title,
                chinese.text("form.cover.period", ChineseDate.day(c.opened()), ChineseDate.day(c.closed())),
                plan.period().label(), v.items(), v.numberedPages(), number.text(), v.volume(), v.volumes(),
                c.secrecy().isSet() ? c.secrecy().level() : null);
        List<DirectoryRow> rows = new ArrayList<>();
        List<VolumeContent.ScanRange> scans = new ArrayList<>();
        for (int i = 0; i < v.parts().size(); i++) {
            LayoutPart p = v.parts().get(i);
            rows.add(row(p, i == v.parts().size() - 1));
            if (p.material().scanned()) {
                scans.add(new VolumeContent.ScanRange(plan.scanPath(p.material().material().file()), p.fromPage(),
                        p.toPage(), p.numbers()));
            }
        }
        BackSheet back = new BackSheet(number.text(), notes(v), c.officer(), null, ChineseDate.day(today));
        return new VolumeContent(cover, rows, scans, back);
    }

    /** What the volume's forms say, to keep for reprints; the paper-only originals with their page numbers. */
    VolumeForms forms(VolumeLayout v, VolumeContent content) {
        List<VolumeForms.PaperOriginal> paper = new ArrayList<>();
        for (LayoutPart p : v.parts()) {
            if (!p.material().scanned() && p.firstNumber() > 0) {
                paper.add(new VolumeForms.PaperOriginal(p.material().seq(), p.material().material().title(),
                        p.firstNumber(), p.lastNumber()));
            }
        }
        return new VolumeForms(content.cover(), content.directory(), content.backSheet(), paper);
    }

    /** 页号: the first page on every row and start–end on the last (SPEC §7 default, standards.md §7.6 (c)). */
    private DirectoryRow row(LayoutPart p, boolean last) {
        Material m = p.material().material();
        String pages = last && p.lastNumber() != p.firstNumber()
                ? p.firstNumber() + "–" + p.lastNumber() : Integer.toString(p.firstNumber());
        List<String> remarks = new ArrayList<>();
        if (m.isCopy()) {
            remarks.add(chinese.text("form.remark.copy"));
        }
        if (!p.whole()) {
            remarks.add(chinese.text(p.fromPage() == 0 ? "form.remark.continues" : "form.remark.continued"));
        }
        return new DirectoryRow(p.material().seq(), m.docNo(), m.author(), m.title(), ChineseDate.day(m.date()), pages,
                String.join("；", remarks));
    }

    /** 本卷情况说明: the page count, every unnumbered blank page, every non-A4 page, every split material. */
    private List<String> notes(VolumeLayout v) {
        List<String> notes = new ArrayList<>();
        notes.add(chinese.text("form.back.count", v.items(), v.numberedPages()));
        for (LayoutPart p : v.parts()) {
            Material m = p.material().material();
            int seq = p.material().seq();
            for (int page : p.unnumberedPages()) {
                notes.add(chinese.text("form.back.blank", seq, m.title(), page + 1));
            }
            if (p.material().scanned()) {
                List<ScannedPage> pages = plan.scans().get(plan.scanPath(m.file()));
                for (ScannedPage s : pages.subList(p.fromPage(), p.toPage())) {
                    if (!s.a4()) {
                        notes.add(chinese.text("form.back.notA4", seq, m.title(), s.index(),
                                Math.round(s.widthMm()), Math.round(s.heightMm()), s.advice().label()));
                    }
                }
            }
            if (!p.whole()) {
                notes.add(chinese.text("form.back.split", seq, m.title(), p.fromPage() + 1, p.toPage()));
            }
            if (m.isUnverifiedCopy()) {
                notes.add(chinese.text("form.back.unverifiedCopy", seq, m.title()));
            }
        }
        if (notes.size() == 1) {
            notes.add(chinese.text("form.back.complete"));
        }
        return notes;
    }

}
