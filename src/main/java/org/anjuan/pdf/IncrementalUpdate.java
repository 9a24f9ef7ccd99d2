package org.anjuan.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Appends a changed document's incremental update (PDF 32000 §7.5.6: only the changed and new objects, a
 * cross-reference section and a trailer pointing back) to a byte-for-byte copy of the file it was loaded
 * from. The caller makes the copy with {@link Files#copy}, which lets the operating system move the bytes;
 * PDFBox writes only the appendix and never reads the scanned images.
 */
final class IncrementalUpdate {

    private IncrementalUpdate() {
    }

    /** @param copy an exact copy of the file {@code document} was loaded from */
    static void append(PDDocument document, Path copy) throws IOException {
        long length = Files.size(copy);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy, StandardOpenOption.APPEND),
                1 << 16)) {
            if (!endsWithLineBreak(copy, length)) {
                out.write('\n'); // so the first appended object starts on a line of its own
                length++;
            }
            // what PDDocument.saveIncremental does, minus pushing the original through PDFBox 4 KB at a time
            new COSWriter(out, new OriginalLength(length)).write(document);
        }
    }

    private static boolean endsWithLineBreak(Path file, long length) throws IOException {
        if (length == 0) {
            return true;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(length - 1).read(last);
            return last.get(0) == '\n' || last.get(0) == '\r';
        }
    }
}
