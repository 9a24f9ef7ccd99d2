package org.anjuan.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.anjuan.domain.AnjuanException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Counts the pages of a scanned material, refusing anything the archive could not later stamp and bind:
 * empty, not a PDF, damaged or cut short, or encrypted.
 */
public final class PdfPages {

    /** PDF readers look for the header and the end marker within this many bytes of either end. */
    private static final int PROBE = 1024;

    public int count(Path pdf) {
        String name = pdf.toString();
        checkEnds(pdf, name);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // PDFBox opens owner-password-only files; any encryption would block stamping page numbers later
            if (document.isEncrypted()) {
                throw new AnjuanException("pdf.encrypted", name);
            }
            int pages = 0;
            for (PDPage ignored : document.getPages()) {
                pages++; // walking the page tree, not trusting /Count, catches a damaged tree
            }
            if (pages == 0) {
                throw new AnjuanException("pdf.noPages", name);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new AnjuanException(e, "pdf.encrypted", name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AnjuanException refusal) {
                throw refusal;
            }
            throw new AnjuanException(e, "pdf.corrupt", name, String.valueOf(e.getMessage()));
        }
    }

    /** PDFBox repairs a truncated file silently; a scan without its end marker is refused instead. */
    private static void checkEnds(Path pdf, String name) {
        try (SeekableByteChannel file = Files.newByteChannel(pdf)) {
            long size = file.size();
            if (size == 0) {
                throw new AnjuanException("pdf.empty", name);
            }
            if (!read(file, 0, size).contains("%PDF-")) {
                throw new AnjuanException("pdf.notPdf", name);
            }
            if (!read(file, Math.max(0, size - PROBE), size).contains("%%EOF")) {
                throw new AnjuanException("pdf.truncated", name);
            }
        } catch (NoSuchFileException e) {
            throw new AnjuanException(e, "pdf.missing", name);
        } catch (IOException e) {
            throw new AnjuanException(e, "pdf.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static String read(SeekableByteChannel file, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(PROBE, size - from));
        file.position(from);
        while (buffer.hasRemaining() && file.read(buffer) > 0) {
            // keep reading until the probe is full
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
    }
}
