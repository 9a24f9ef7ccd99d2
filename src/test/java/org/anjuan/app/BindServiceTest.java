package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.IssuedNumber;
import org.anjuan.domain.ProgressListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindServiceTest {

    @TempDir
    Path dir;

    private AppContext app;
    private Path out;

    @BeforeEach
    void open() {
        app = AppContext.open(new InstallationSettings(dir, dir.resolve("register"), Locale.SIMPLIFIED_CHINESE,
                "档案员"));
        out = dir.resolve("out");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aFourHundredFiftyPageCaseIsBoundIntoTheFewestVolumesEachWithItsOwnNumber() throws IOException {
        StringBuilder materials = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            materials.append("- {title: 调查材料第").append(i).append("册, pages: 50}\n");
        }
        Path caseDir = dir.resolve("case");
        TestScans.caseYaml(caseDir, "行政处罚一般程序", materials.toString());

        BindResult r = app.bind().bind(caseDir, out, true, ProgressListener.NONE);

        assertThat(r.report().volumes()).extracting(BindReport.Volume::numberedPages).containsExactly(150, 150, 150);
        assertThat(r.report().volumes()).extracting(BindReport.Volume::archiveNumber).containsExactly(
                "2023年厦国动罚字第01号", "2023年厦国动罚字第02号", "2023年厦国动罚字第03号");
        assertThat(r.report().volumes().get(1).materials()).extracting(BindReport.Item::seq, BindReport.Item::startPage,
                BindReport.Item::endPage).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, 1, 50), org.assertj.core.groups.Tuple.tuple(5, 51, 100),
                        org.assertj.core.groups.Tuple.tuple(6, 101, 150));
        assertThat(r.report().retention().period()).isEqualTo("永久");
        assertThat(r.report().retention().articles()).contains("第十条（三）", "第十一条第一款");
        for (Path f : r.files()) {
            String text = text(f);
            assertThat(text).contains("第 " + (r.files().indexOf(f) + 1) + " 卷").contains("共 3 卷");
        }
        assertThat(listing(out)).containsExactlyInAnyOrder("2023年厦国动罚字第01号.pdf", "2023年厦国动罚字第02号.pdf",
                "2023年厦国动罚字第03号.pdf", BindService.REPORT);
        assertThat(Files.readString(out.resolve(BindService.REPORT))).contains("\"numberedPages\" : 150")
                .contains("\"of\" : 3");
    }

    @Test
    void scannedPagesAreNumberedAtTheTopRightAndBlankPagesStayUnnumbered() throws IOException {
        Path caseDir = dir.resolve("scans");
        TestScans.pdf(caseDir.resolve("record.pdf"), List.of("interview one", "interview two"));
        List<String> withBlank = new ArrayList<>(TestScans.pages("decision", 3));
        withBlank.add(1, null);
        TestScans.pdf(caseDir.resolve("decision.pdf"), withBlank);
        TestScans.caseYaml(caseDir, "行政处罚一般程序", """
                - {title: 立案审批表, pages: 2}
                - {title: 询问笔录, file: record.pdf}
                - {title: 行政处罚决定书, file: decision.pdf}
                """);

        BindResult r = app.bind().bind(caseDir, out, true, ProgressListener.NONE);

        Path volume = r.files().get(0);
        try (PDDocument doc = Loader.loadPDF(volume.toFile())) {
            int firstScan = findPage(doc, "interview one");
            // 封面, then 卷内目录, then the scans; the forms are made together and put in their places
            assertThat(firstScan).isEqualTo(2);
            assertThat(pageText(doc, 0)).contains("全宗名称").contains("案卷题名");
            assertThat(pageText(doc, 1)).contains("顺序号").contains("2023年厦国动罚字第01号");
            // paper-only 立案审批表 takes 1–2; the scans follow: 3, 4, then 5, [blank], 6, 7
            assertThat(cornerText(doc, firstScan)).isEqualTo("3");
            assertThat(cornerText(doc, firstScan + 1)).isEqualTo("4");
            assertThat(cornerText(doc, firstScan + 2)).isEqualTo("5");
            assertThat(cornerText(doc, firstScan + 3)).isEmpty();
            assertThat(cornerText(doc, firstScan + 4)).isEqualTo("6");
            assertThat(cornerText(doc, firstScan + 5)).isEqualTo("7");
            assertThat(doc.getNumberOfPages()).isEqualTo(firstScan + 6 + 1);
            String back = pageText(doc, doc.getNumberOfPages() - 1);
            assertThat(back).contains("备").contains("空白页");
        }
        // an archive file: a PDF 1.4 with a classic cross-reference table, no compressed object streams
        String bytes = new String(Files.readAllBytes(volume), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("%PDF-1.4").contains("\nxref\n").doesNotContain("/ObjStm").doesNotContain("/XRef");
        assertThat(r.report().volumes().get(0).materials()).extracting(BindReport.Item::startPage,
                BindReport.Item::endPage).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2),
                        org.assertj.core.groups.Tuple.tuple(3, 4), org.assertj.core.groups.Tuple.tuple(5, 7));
    }

    @Test
    void aSingleMaterialOverTheLimitIsSplitInsideAcrossTwoVolumes() throws IOException {
        Path caseDir = dir.resolve("thick");
        TestScans.pdf(caseDir.resolve("photos.pdf"), TestScans.pages("photo", 230));
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 现场照片汇编, file: photos.pdf}\n");

        BindResult r = app.bind().bind(caseDir, out, true, ProgressListener.NONE);

        assertThat(r.report().volumes()).extracting(BindReport.Volume::numberedPages).containsExactly(115, 115);
        try (PDDocument second = Loader.loadPDF(r.files().get(1).toFile())) {
            int first = findPage(second, "photo page 116");
            assertThat(cornerText(second, first)).isEqualTo("1");
            assertThat(pageText(second, second.getNumberOfPages() - 1)).contains("原第 116–230 页");
        }
    }

    @Test
    void pagesKeepTheBoxRotationAndResourcesTheyInheritFromTheScansPageTree() throws IOException {
        // some scanners set the size, the rotation and the fonts once, on the page tree, not on each page
        Path caseDir = dir.resolve("inherited");
        Path scan = caseDir.resolve("inherited.pdf");
        TestScans.pdf(scan, TestScans.pages("inherited", 2));
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            COSDictionary tree = doc.getPages().getCOSObject();
            tree.setItem(COSName.MEDIA_BOX, PDRectangle.A4.getCOSArray());
            tree.setInt(COSName.ROTATE, 90);
            tree.setItem(COSName.RESOURCES, doc.getPage(0).getCOSObject().getDictionaryObject(COSName.RESOURCES));
            for (PDPage page : doc.getPages()) {
                page.getCOSObject().removeItem(COSName.MEDIA_BOX);
                page.getCOSObject().removeItem(COSName.RESOURCES);
            }
            doc.save(scan.toFile());
        }
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, file: inherited.pdf}\n");

        BindResult r = app.bind().bind(caseDir, out, true, ProgressListener.NONE);

        try (PDDocument doc = Loader.loadPDF(r.files().get(0).toFile())) {
            int first = findPage(doc, "inherited page 1");
            for (int i = first; i < first + 2; i++) {
                COSDictionary page = doc.getPage(i).getCOSObject();
                assertThat(page.getInt(COSName.ROTATE)).isEqualTo(90);
                assertThat(new PDRectangle((COSArray) page.getDictionaryObject(COSName.MEDIA_BOX)).getHeight())
                        .isEqualTo(PDRectangle.A4.getHeight());
                assertThat(pageText(doc, i)).contains("inherited page " + (i - first + 1))
                        .contains(String.valueOf(i - first + 1));
            }
        }
    }

    @Test
    void badScansAreRefusedNamingTheMaterialWithNothingWrittenAndNoNumberTaken() throws IOException {
        Path caseDir = dir.resolve("bad");
        TestScans.pdf(caseDir.resolve("ok.pdf"), TestScans.pages("ok", 2));
        Path locked = caseDir.resolve("locked.pdf");
        TestScans.pdf(locked, TestScans.pages("secret", 1));
        try (PDDocument doc = Loader.loadPDF(locked.toFile())) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(locked.toFile());
        }
        Files.write(caseDir.resolve("empty.pdf"), new byte[0]);
        TestScans.caseYaml(caseDir, "行政检查", """
                - {title: 检查记录, file: ok.pdf}
                - {title: 整改通知书, file: locked.pdf}
                - {title: 复查意见, file: empty.pdf}
                """);

        assertThatThrownBy(() -> app.bind().bind(caseDir, out, true, ProgressListener.NONE))
                .isInstanceOfSatisfying(AnjuanException.class, e -> {
                    String text = app.messages().text(e);
                    assertThat(text).contains("locked.pdf").contains("empty.pdf");
                });
        assertThat(listing(out)).isEmpty();
        assertThat(app.numbers().all()).isEmpty();
        assertThat(app.cases().register()).isEmpty();
    }

    @Test
    void aCancelledBindLeavesNothingBehind() throws IOException {
        Path caseDir = dir.resolve("cancel");
        TestScans.pdf(caseDir.resolve("a.pdf"), TestScans.pages("a", 20));
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, file: a.pdf}\n");
        ProgressListener cancelHalfway = new ProgressListener() {
            private long seen;

            @Override
            public void progress(long done, long total, String what) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen > 25;
            }
        };
        assertThatThrownBy(() -> app.bind().bind(caseDir, out, true, cancelHalfway))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("bind.cancelled"));
        assertThat(listing(out)).isEmpty();
        assertThat(app.numbers().all()).isEmpty();
    }

    @Test
    void whenOneVolumeCannotBeWrittenTheOthersStopAndNothingIsLeft() throws IOException {
        // two volumes are written at once: the second one's scan is spoilt after the plan was made
        Path caseDir = dir.resolve("spoilt");
        TestScans.pdf(caseDir.resolve("first.pdf"), TestScans.pages("first", 150));
        TestScans.pdf(caseDir.resolve("second.pdf"), TestScans.pages("second", 150));
        TestScans.caseYaml(caseDir, "行政检查", """
                - {title: 检查记录, file: first.pdf}
                - {title: 整改材料, file: second.pdf}
                """);
        BindPlan plan = app.bind().prepare(caseDir, true, ProgressListener.NONE);
        assertThat(plan.volumes()).hasSize(2);
        Files.write(caseDir.resolve("second.pdf"), "not a PDF any more".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> app.bind().bind(plan, out, ProgressListener.NONE))
                .isInstanceOfSatisfying(AnjuanException.class,
                        e -> assertThat(app.messages().text(e)).contains("second.pdf"));
        assertThat(listing(out)).isEmpty();
        assertThat(app.numbers().all()).isEmpty();
        assertThat(app.cases().register()).isEmpty();
    }

    @Test
    void whenAnotherWorkstationTakesThePredictedNumberTheVolumeIsRewrittenWithTheNext() throws IOException {
        Path caseDir = dir.resolve("race");
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, pages: 3}\n");
        BindPlan plan = app.bind().prepare(caseDir, true, ProgressListener.NONE);
        assertThat(plan.predicted().get(0).text()).isEqualTo("2023年厦国动检字第01号");
        app.numbers().issue(2023, "检");

        BindResult r = app.bind().bind(plan, out, ProgressListener.NONE);

        assertThat(r.report().volumes().get(0).archiveNumber()).isEqualTo("2023年厦国动检字第02号");
        assertThat(text(r.files().get(0))).contains("2023年厦国动检字第02号").doesNotContain("第01号");
        assertThat(listing(out)).containsExactlyInAnyOrder("2023年厦国动检字第02号.pdf", BindService.REPORT);
        assertThat(app.numbers().forCase(r.caseId())).extracting(IssuedNumber::text)
                .containsExactly("2023年厦国动检字第02号");
    }

    @Test
    void whenTheNumberIsTakenWhileScansAreBeingWrittenThatWritingStopsAndOnlyTheRewrittenVolumeRemains()
            throws IOException {
        // the register's transaction runs while the volume is written: it finds the number gone before the scans
        // are all copied, stops that writing, and the bind starts again with the next number
        Path caseDir = dir.resolve("race-scans");
        TestScans.pdf(caseDir.resolve("a.pdf"), TestScans.pages("a", 120));
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, file: a.pdf}\n");
        BindPlan plan = app.bind().prepare(caseDir, true, ProgressListener.NONE);
        app.numbers().issue(2023, "检");

        BindResult r = app.bind().bind(plan, out, ProgressListener.NONE);

        assertThat(r.report().volumes()).extracting(BindReport.Volume::archiveNumber)
                .containsExactly("2023年厦国动检字第02号");
        assertThat(listing(out)).containsExactlyInAnyOrder("2023年厦国动检字第02号.pdf", BindService.REPORT);
        try (PDDocument volume = Loader.loadPDF(r.files().get(0).toFile())) {
            assertThat(volume.getNumberOfPages()).isEqualTo(120 + 3); // the scans, cover, directory, back sheet
        }
        assertThat(app.numbers().forCase(r.caseId())).extracting(IssuedNumber::text)
                .containsExactly("2023年厦国动检字第02号");
    }

    @Test
    void aBoundCaseCannotBeBoundAgain() throws IOException {
        Path caseDir = dir.resolve("twice");
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, pages: 3}\n");
        app.bind().bind(caseDir, out, true, ProgressListener.NONE);
        assertThatThrownBy(() -> app.bind().bind(caseDir, dir.resolve("out2"), true, ProgressListener.NONE))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.rebind"));
        assertThat(listing(dir.resolve("out2"))).isEmpty();
    }

    @Test
    void aBoundCasesPagesAndOrderCanNoLongerBeChanged() throws IOException {
        Path caseDir = dir.resolve("locked");
        TestScans.pdf(caseDir.resolve("a.pdf"), TestScans.pages("a", 2));
        TestScans.caseYaml(caseDir, "行政检查", "- {title: 检查记录, file: a.pdf}\n- {title: 整改通知书, pages: 1}\n");
        long id = app.bind().bind(caseDir, out, true, ProgressListener.NONE).caseId();
        assertThatThrownBy(() -> app.cases().setPageKind(id, "a.pdf", 1, org.anjuan.domain.PageKind.BLANK))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.pageMarks"));
        assertThatThrownBy(() -> app.cases().reorder(id, List.of(1, 0)))
                .isInstanceOfSatisfying(AnjuanException.class, e -> assertThat(e.key()).isEqualTo("locked.order"));
        assertThat(app.cases().pageKinds(id)).isEmpty();
    }

    private static int findPage(PDDocument doc, String text) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            if (pageText(doc, i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page with " + text);
    }

    private static String pageText(PDDocument doc, int index) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(index + 1);
        s.setEndPage(index + 1);
        return s.getText(doc);
    }

    /** The text in the top-right corner region (right 45 mm, top 30 mm) of a page. */
    private static String cornerText(PDDocument doc, int index) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        float w = doc.getPage(index).getCropBox().getWidth();
        s.addRegion("corner", new java.awt.geom.Rectangle2D.Float(w - 128, 0, 128, 85));
        s.extractRegions(doc.getPage(index));
        return s.getTextForRegion("corner").strip();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
