package org.anjuan.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Stands in for the original file when PDFBox writes an incremental update: PDFBox needs only the original's
 * length, to number the offsets of the appended objects, and would otherwise copy the original itself four
 * kilobytes at a time. {@link NumberStamper} has already copied it with {@link java.nio.file.Files#copy},
 * which lets the operating system move the bytes, so this stand-in has the length and no bytes.
 */
final class OriginalLength implements RandomAccessRead {

    private final long length;
    private boolean closed;

    OriginalLength(long length) {
        this.length = length;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int read() {
        return -1;
    }

    @Override
    public int read(byte[] b, int offset, int len) {
        return -1;
    }

    @Override
    public boolean isEOF() {
        return true;
    }

    @Override
    public long getPosition() {
        return length;
    }

    @Override
    public void seek(long position) {
        // every position reads as the end
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        throw new IOException("the original's bytes are not available here");
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
