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
 * Saves a changed document as its original file, byte for byte, followed by an incremental update that holds
 * only the changed and new objects (PDF 32000 §7.5.6). The original is copied by {@link Files#copy}, which
 * lets the operating system move the bytes; PDFBox writes the appendix. Scanned images are never read.
 */
final class IncrementalUpdate {

    private IncrementalUpdate() {
    }

    /**
     * @param original the file {@code document} was loaded from, unchanged since
     * @param target   written beside itself first and moved into place; left alone on failure
     */
    static void write(PDDocument document, Path original, Path target) throws IOException {
        AtomicFiles.writeFile(target, temp -> {
            Files.copy(original, temp);
            long length = Files.size(temp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.APPEND), 1 << 16)) {
                if (!endsWithLineBreak(temp, length)) {
                    out.write('\n'); // so the first appended object starts on a line of its own
                    length++;
                }
                // what PDDocument.saveIncremental does, minus reading the original through PDFBox
                new COSWriter(out, new OriginalLength(length)).write(document);
            }
        });
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
