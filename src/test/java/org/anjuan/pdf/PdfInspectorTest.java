package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.PaperAdvice;
import org.anjuan.domain.ProgressListener;
import org.anjuan.domain.ScannedPage;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.ScanImagePainter.Sheet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInspectorTest {

    private static final float MM = ScanPdfs.POINTS_PER_MM;

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector();

    @Test
    void reportsVisualSizeRotationPaperAdviceAndBlankPages() throws IOException {
        Path pdf = dir.resolve("case.pdf");
        try (PDDocument doc = new PDDocument()) {
            ScanPdfs.addScan(doc, Sheet.TEXT, 1, 210, 297, 100, false);
            ScanPdfs.addScan(doc, Sheet.BLANK, 2, 210, 297, 100, false);
            ScanPdfs.addScan(doc, Sheet.SEAL, 3, 420, 297, 100, false);
            ScanPdfs.addScan(doc, Sheet.TEXT, 4, 148, 210, 100, true);
            ScanPdfs.addScan(doc, Sheet.BLANK, 5, 215.9, 279.4, 100, false);
            // a sheet scanned sideways and turned back by /Rotate: the visual page is A4 portrait
            ScanPdfs.addScan(doc, Sheet.FAINT, 6, 297, 210, 100, false).setRotation(-90);
            PDPage cropped = new PDPage(new PDRectangle(700, 900));
            cropped.setCropBox(new PDRectangle(30, 40, 210 * MM, 297 * MM));
            doc.addPage(cropped);
            doc.save(pdf.toFile());
        }

        List<ScannedPage> pages = inspector.inspect(pdf, ProgressListener.NONE);

        assertThat(pages).extracting(ScannedPage::index).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(pages).extracting(ScannedPage::blank).containsExactly(false, true, false, false, true, false, true);
        assertThat(pages).extracting(ScannedPage::advice).containsExactly(null, null, PaperAdvice.FOLD,
                PaperAdvice.MOUNT, PaperAdvice.FOLD_AND_MOUNT, null, null);
        assertThat(pages).extracting(ScannedPage::a4).containsExactly(true, true, false, false, false, true, true);
        assertThat(pages.get(2).widthMm()).isCloseTo(420, within(0.1));
        assertThat(pages.get(2).heightMm()).isCloseTo(297, within(0.1));
        assertThat(pages.get(5).rotation()).isEqualTo(270);
        assertThat(pages.get(5).widthMm()).isCloseTo(210, within(0.1));
        assertThat(pages.get(5).heightMm()).isCloseTo(297, within(0.1));
        assertThat(pages.get(6).widthMm()).isCloseTo(210, within(0.1));
    }

    @Test
    void refusesAFileTheArchiveCouldNotBindNamingIt() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path notPdf = Files.writeString(dir.resolve("photo.pdf"), "JFIF");
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }

        assertRefused(empty, "pdf.empty");
        assertRefused(notPdf, "pdf.notPdf");
        assertRefused(locked, "pdf.encrypted");
        assertRefused(dir.resolve("gone.pdf"), "pdf.missing");
    }

    private void assertRefused(Path pdf, String key) {
        AnjuanException e = catchThrowableOfType(AnjuanException.class,
                () -> inspector.inspect(pdf, ProgressListener.NONE));

        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(Messages.chinese().text(e)).contains(pdf.getFileName().toString());
    }
}
