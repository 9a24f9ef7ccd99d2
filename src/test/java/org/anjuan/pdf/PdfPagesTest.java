package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPagesTest {

    @TempDir
    Path dir;

    private final PdfPages pdfPages = new PdfPages();

    @Test
    void countsThePages() throws IOException {
        assertThat(pdfPages.count(pdf("three.pdf", 3, null, null))).isEqualTo(3);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        assertRefused(empty, "pdf.empty", "empty.pdf 是空文件");
    }

    @Test
    void refusesAFileThatIsNotAPdf() throws IOException {
        Path photo = Files.write(dir.resolve("photo.pdf"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00});

        assertRefused(photo, "pdf.notPdf", "photo.pdf 不是 PDF");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        byte[] whole = Files.readAllBytes(pdf("whole.pdf", 2, null, null));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertRefused(cut, "pdf.truncated", "cut.pdf 不完整");
    }

    @Test
    void refusesADamagedFile() throws IOException {
        Path damaged = Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\nnot really a body\n%%EOF\n");

        assertRefused(damaged, "pdf.corrupt", "damaged.pdf 已损坏");
    }

    @Test
    void refusesAPasswordProtectedFile() throws IOException {
        assertRefused(pdf("locked.pdf", 1, "owner", "user"), "pdf.encrypted", "locked.pdf 设有密码");
    }

    @Test
    void refusesAFileEncryptedWithAnOwnerPasswordOnly() throws IOException {
        assertRefused(pdf("restricted.pdf", 1, "owner", ""), "pdf.encrypted", "restricted.pdf 设有密码");
    }

    @Test
    void refusesAPdfWithoutPages() throws IOException {
        assertRefused(pdf("nothing.pdf", 0, null, null), "pdf.noPages", "nothing.pdf 没有任何页面");
    }

    @Test
    void refusesAMissingFile() {
        assertRefused(dir.resolve("gone.pdf"), "pdf.missing", "gone.pdf 不存在");
    }

    @Test
    void aScanCountedForABindIsInspectedFromTheSameOpenFileWithTheSameResult() throws IOException {
        Path pdf = pdf("four.pdf", 4, null, null);
        PdfInspector inspector = new PdfInspector();

        try (OpenedScans opened = new OpenedScans(inspector)) {
            assertThat(opened.count(pdf)).isEqualTo(4);
            assertThat(opened.count(pdf)).isEqualTo(4); // a material listed twice
            assertThat(opened.inspect(pdf, ProgressListener.NONE))
                    .isEqualTo(inspector.inspect(pdf, ProgressListener.NONE));
            // closed once inspected: a second inspection opens the file again
            assertThat(opened.inspect(pdf, ProgressListener.NONE)).hasSize(4);
        }
    }

    /** Refused alike by the page counter and by the counting a bind's preparation does. */
    private void assertRefused(Path pdf, String key, String chinese) {
        AnjuanException e = catchThrowableOfType(AnjuanException.class, () -> pdfPages.count(pdf));
        AnjuanException forBind;
        try (OpenedScans opened = new OpenedScans(new PdfInspector())) {
            forBind = catchThrowableOfType(AnjuanException.class, () -> opened.count(pdf));
        }

        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo(key);
        assertThat(Messages.chinese().text(e)).contains(dir.toString()).contains(chinese);
        assertThat(forBind).isNotNull();
        assertThat(forBind.key()).isEqualTo(key);
    }

    private Path pdf(String name, int pages, String ownerPassword, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }
}
