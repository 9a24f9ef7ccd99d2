package org.anjuan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Puts printed forms one after another in one PDF: the covers of every volume of a case, a run of box
 * labels. Forms are small, so this works in memory; each keeps its own embedded font subset.
 */
public final class PdfJoin {

    private PdfJoin() {
    }

    /** The pages of {@code parts}, in order; one part comes back as it is. */
    public static byte[] join(List<byte[]> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        // the sources stay open until the joined document is saved: their pages are shared, not copied
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument joined = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            for (byte[] part : parts) {
                PDDocument source = Loader.loadPDF(part);
                sources.add(source);
                for (PDPage page : source.getPages()) {
                    joined.importPage(page);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            joined.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sources.forEach(ScanOpener::closeQuietly);
        }
    }
}
