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
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a scanned material for reading, refusing anything the archive could not later stamp and bind:
 * missing, empty, not a PDF, damaged or cut short, or encrypted. The file is read lazily from disk, so a
 * large scan never has to fit in the heap. Streams a caller adds (a page number and its fence are two small
 * streams, a 4 KB block each in PDFBox's cache) stay in the heap up to {@link #ADDED_STREAMS_IN_HEAP}, some
 * two thousand pages' worth, and go to a scratch file beyond that: making the scratch file costs a command
 * ≈ 15 ms the first time, the JVM seeding a SecureRandom to name it.
 */
public final class ScanOpener {

    /** PDF readers look for the header and the end marker within this many bytes of either end. */
    private static final int PROBE = 1024;
    private static final long ADDED_STREAMS_IN_HEAP = 16L << 20;

    private ScanOpener() {
    }

    /** The caller closes the document. Every refusal names the file and says what is wrong, in Chinese. */
    public static PDDocument open(Path pdf) {
        String name = pdf.toString();
        checkEnds(pdf, name);
        PDDocument document = null;
        try {
            document = Loader.loadPDF(new ScanFile(pdf), "", null, null,
                    MemoryUsageSetting.setupMixed(ADDED_STREAMS_IN_HEAP).streamCache);
            // PDFBox opens owner-password-only files; any encryption would block stamping page numbers later
            if (document.isEncrypted()) {
                throw new AnjuanException("pdf.encrypted", name);
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw new AnjuanException(e, "pdf.encrypted", name);
        } catch (IOException | RuntimeException e) {
            closeQuietly(document);
            if (e instanceof AnjuanException refusal) {
                throw refusal;
            }
            throw new AnjuanException(e, "pdf.corrupt", name, String.valueOf(e.getMessage()));
        }
    }

    static void closeQuietly(PDDocument document) {
        if (document != null) {
            try {
                document.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one the clerk needs
            }
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
