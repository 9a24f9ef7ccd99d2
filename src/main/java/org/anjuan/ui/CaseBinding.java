package org.anjuan.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anjuan.app.AppContext;
import org.anjuan.app.BindPlan;
import org.anjuan.app.BindResult;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.Material;
import org.anjuan.domain.PageKind;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;

/**
 * What the materials panel and the bind dialog ask of the application layer. Every method may be slow and is
 * called off the FX thread. The window uses {@link #of(AppContext)}; view-model tests pass a fake.
 */
public interface CaseBinding {

    /**
     * Puts the materials of the case as shown in a new order: {@code order} lists their 0-based positions in
     * {@code shown}; refused ({@code db.case.conflict}) when another clerk changed the case since it was read.
     */
    CaseFile reorder(CaseFile shown, List<Integer> order);

    /** The case's materials in the standard order of its category. */
    List<Material> standardOrder(CaseFile c);

    /** The absolute path of a scanned material, or null for a paper-only one. */
    Path scanOf(CaseFile c, Material m);

    /** The clerk's page marks: scan file (as in {@link Material#file()}) → 1-based page → kind. */
    Map<String, Map<Integer, PageKind>> pageKinds(long caseId);

    /** Marks one scanned page; null clears the mark. */
    void setPageKind(long caseId, String file, int page, PageKind kind);

    /** Page sizes, A4 advice and detected blank pages of a scan. */
    List<ScannedPage> inspect(Path pdf);

    /** Page {@code index} (0-based) of a scan, about {@code widthPx} wide. */
    BufferedImage thumbnail(Path pdf, int index, int widthPx);

    /** Checks and plans a bind; writes nothing. */
    BindPlan prepare(long caseId, ProgressListener progress);

    /** Writes the volumes and takes the numbers; all or nothing. */
    BindResult bind(BindPlan plan, Path outDir, ProgressListener progress);

    /** Makes the pre-binding check again and saves its printed 装订前检查表 to {@code out}; returns the pages. */
    int saveCheckSheet(long caseId, Path out);

    static CaseBinding of(AppContext context) {
        return new CaseBinding() {
            @Override
            public CaseFile reorder(CaseFile shown, List<Integer> order) {
                return context.cases().reorder(shown, order);
            }

            @Override
            public List<Material> standardOrder(CaseFile c) {
                return context.cases().standardOrder(c);
            }

            @Override
            public Path scanOf(CaseFile c, Material m) {
                return context.cases().scanOf(c, m);
            }

            @Override
            public Map<String, Map<Integer, PageKind>> pageKinds(long caseId) {
                return context.cases().pageKinds(caseId);
            }

            @Override
            public void setPageKind(long caseId, String file, int page, PageKind kind) {
                context.cases().setPageKind(caseId, file, page, kind);
            }

            @Override
            public List<ScannedPage> inspect(Path pdf) {
                return context.inspect().inspect(pdf, ProgressListener.NONE);
            }

            @Override
            public BufferedImage thumbnail(Path pdf, int index, int widthPx) {
                return context.thumbnails().thumbnail(pdf, index, widthPx);
            }

            @Override
            public BindPlan prepare(long caseId, ProgressListener progress) {
                return context.bind().prepare(caseId, progress);
            }

            @Override
            public BindResult bind(BindPlan plan, Path outDir, ProgressListener progress) {
                return context.bind().bind(plan, outDir, progress);
            }

            @Override
            public int saveCheckSheet(long caseId, Path out) {
                return context.printCentre().save(context.bind().check(caseId, ProgressListener.NONE), out);
            }
        };
    }
}
