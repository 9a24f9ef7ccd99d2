package org.anjuan.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.anjuan.app.BindPlan;
import org.anjuan.app.BindReport;
import org.anjuan.app.BindResult;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;

/** The application layer in memory, recording what the window asked of it. */
final class FakeBinding implements CaseBinding {

    final List<List<Integer>> orders = new ArrayList<>();
    final List<String> marksSet = new ArrayList<>();
    final Map<String, Map<Integer, PageKind>> marks = new HashMap<>();
    final Map<Path, List<ScannedPage>> inspections = new HashMap<>();
    final List<String> thumbnails = new ArrayList<>();
    final List<Path> boundInto = new ArrayList<>();
    final List<String> checkSheets = new ArrayList<>();
    UnaryOperator<List<Material>> standard = UnaryOperator.identity();
    RuntimeException reorderFailure;
    /** The version of the case in the fake register: every saved order makes the next. */
    int version;
    RuntimeException bindFailure;
    RuntimeException prepareFailure;
    BindPlan plan;
    ProgressListener lastListener;

    @Override
    public CaseFile reorder(CaseFile shown, List<Integer> order) {
        if (reorderFailure != null) {
            throw reorderFailure;
        }
        if (shown.version() != version) { // as the register does: a change made from an older copy is refused
            throw new org.anjuan.domain.AnjuanException("db.case.conflict", shown.title(), "乙", "2024-01-08 09:30");
        }
        orders.add(List.copyOf(order));
        version++;
        return shown.withMaterials(MaterialOrder.apply(shown.materials(), order)).withVersion(version);
    }

    @Override
    public List<Material> standardOrder(CaseFile c) {
        return standard.apply(c.materials());
    }

    @Override
    public Path scanOf(CaseFile c, Material m) {
        return m.isPaperOnly() ? null : Path.of(c.sourceDir()).resolve(m.file());
    }

    @Override
    public Map<String, Map<Integer, PageKind>> pageKinds(long caseId) {
        return marks;
    }

    @Override
    public void setPageKind(long caseId, String file, int page, PageKind kind) {
        marksSet.add(file + "#" + page + "=" + kind);
    }

    @Override
    public List<ScannedPage> inspect(Path pdf) {
        List<ScannedPage> found = inspections.get(pdf);
        if (found == null) {
            throw new AnjuanException("pdf.missing", pdf);
        }
        return found;
    }

    @Override
    public BufferedImage thumbnail(Path pdf, int index, int widthPx) {
        thumbnails.add(pdf.getFileName() + "#" + index + "@" + widthPx);
        return new BufferedImage(widthPx, widthPx * 297 / 210, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public BindPlan prepare(long caseId, ProgressListener progress) {
        lastListener = progress;
        if (prepareFailure != null) {
            throw prepareFailure;
        }
        progress.progress(2, 8, "decision.pdf");
        return plan;
    }

    @Override
    public BindResult bind(BindPlan p, Path outDir, ProgressListener progress) {
        lastListener = progress;
        progress.progress(6, 8, "decision.pdf");
        if (progress.isCancelled()) {
            throw new AnjuanException("bind.cancelled");
        }
        if (bindFailure != null) {
            throw bindFailure;
        }
        boundInto.add(outDir);
        List<Path> files = p.predicted().stream().map(n -> outDir.resolve(n.text() + ".pdf")).toList();
        List<BindReport.Volume> volumes = p.predicted().stream().map(n -> new BindReport.Volume(n.text() + ".pdf",
                n.text(), 1, p.volumes().size(), 0, List.of(), false)).toList();
        return new BindResult(caseId(p), files, outDir.resolve("bind-report.json"),
                new BindReport(volumes, new BindReport.Retention(p.period().label(), List.of()), p.warnings()));
    }

    @Override
    public int saveCheckSheet(long caseId, Path out) {
        checkSheets.add(caseId + "→" + out.getFileName());
        return 2;
    }

    private static long caseId(BindPlan p) {
        return p.caseFile().id();
    }
}
