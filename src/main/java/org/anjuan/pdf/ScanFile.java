package org.anjuan.pdf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A scan as PDFBox reads it, whose streams know where their bytes lie in the file. When a volume is saved,
 * a scanned page's image can then go from this file to the volume by the operating system
 * ({@link StreamSplice}) instead of through PDFBox four kilobytes at a time.
 */
final class ScanFile extends RandomAccessReadBufferedFile {

    private final Path path;
    private FileChannel channel;

    ScanFile(Path path) throws IOException {
        super(path);
        this.path = path;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        return new StreamView(this, super.createView(startPosition, streamLength), startPosition, streamLength);
    }

    /** The file for copying ranges of it; opened on first use, closed with this. */
    synchronized FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        }
        return channel;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            synchronized (this) {
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
            }
        }
    }

    /**
     * One stream's bytes. Read from the start while a {@link StreamSplice} is writing exactly this stream, it
     * hands the bytes to the splice to copy file to file and gives the writer placeholders, which the splice
     * drops; read any other way, it reads the file as usual.
     */
    static final class StreamView extends RandomAccessReadView {

        private final ScanFile file;
        private final long start;
        /** While spliced, the position is only counted: the file is not touched (a seek reads a page of it). */
        private boolean spliced;
        private long position;

        private StreamView(ScanFile file, RandomAccessReadView data, long start, long length) {
            super(data, 0, length, true);
            this.file = file;
            this.start = start;
        }

        @Override
        public int read(byte[] b, int offset, int length) throws IOException {
            if (!spliced && length > 0 && super.getPosition() == 0) {
                StreamSplice splice = StreamSplice.current();
                spliced = splice != null && splice.take(file.channel(), start, length());
                position = 0;
            }
            if (!spliced) {
                return super.read(b, offset, length);
            }
            int n = (int) Math.min(length, length() - position);
            if (n <= 0) {
                return -1;
            }
            position += n;
            return n;
        }

        @Override
        public int read() throws IOException {
            if (spliced) {
                throw new IllegalStateException("a spliced stream is read in blocks");
            }
            return super.read();
        }

        /** Going back to the start ends a splice: whoever reads next reads the file, or splices afresh. */
        @Override
        public void seek(long newPosition) throws IOException {
            if (spliced && newPosition == 0) {
                spliced = false;
            }
            if (spliced) {
                position = newPosition;
            } else {
                super.seek(newPosition);
            }
        }

        @Override
        public long getPosition() throws IOException {
            return spliced ? position : super.getPosition();
        }

        @Override
        public boolean isEOF() throws IOException {
            return spliced ? position >= length() : super.isEOF();
        }
    }
}
