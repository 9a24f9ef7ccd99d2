package org.anjuan.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * The file a PDF is saved into, able to take a scanned image's bytes straight from the scan's file.
 * PDFBox saves a stream by writing {@code stream} and a line break, then copying the stream's bytes through
 * the JVM in 4 KB blocks; for a volume of scans that copy is most of the work. While a save runs here, a
 * {@link ScanFile.StreamView} being read for exactly that copy offers its byte range instead: this splice
 * has the operating system copy it file to file, then drops the same number of placeholder bytes PDFBox
 * writes, so every offset PDFBox counts stays true.
 */
final class StreamSplice extends OutputStream {

    /** Smaller streams (content streams, fonts) are not worth a system call of their own. */
    static final long MIN_SPLICE = 16 * 1024;
    /** The last eight bytes PDFBox writes before a stream's data: "stream" CR LF. */
    private static final long STREAM_KEYWORD = tail("stream\r\n".getBytes(StandardCharsets.US_ASCII));
    private static final ThreadLocal<StreamSplice> CURRENT = new ThreadLocal<>();

    private final FileChannel target;
    private final WriteBehind behind;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private long lastEight;
    private long toDrop;
    private long splicedBytes;

    StreamSplice(FileChannel target) {
        this.target = target;
        this.behind = new WriteBehind(target);
    }

    /** The splice the current thread is saving into, or null. */
    static StreamSplice current() {
        return CURRENT.get();
    }

    /** Runs {@code save} with this as the thread's current splice. */
    void during(IoAction save) throws IOException {
        StreamSplice outer = CURRENT.get();
        CURRENT.set(this);
        try {
            save.run();
            if (toDrop > 0) {
                throw new IOException(toDrop + " bytes of a copied stream were never written");
            }
            flush();
            behind.finish();
        } finally {
            behind.stop(); // after a failure: no write-out may still be running once the file is deleted
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    interface IoAction {
        void run() throws IOException;
    }

    /** Bytes copied file to file so far. */
    long splicedBytes() {
        return splicedBytes;
    }

    /**
     * Takes bytes {@code start}…{@code start + length} of {@code source} as the data of the stream PDFBox has
     * just opened, if it has: the last bytes written must be the stream keyword, and nothing may be pending.
     */
    boolean take(FileChannel source, long start, long length) throws IOException {
        if (length < MIN_SPLICE || toDrop > 0 || lastEight != STREAM_KEYWORD) {
            return false;
        }
        flushBuffer();
        long done = 0;
        while (done < length) {
            long n = source.transferTo(start + done, length - done, target);
            if (n <= 0) {
                throw new IOException("scan ended " + (length - done) + " bytes early while copying a page");
            }
            done += n;
        }
        behind.written(target.position());
        toDrop = length;
        splicedBytes += length;
        lastEight = 0;
        return true;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int offset, int length) throws IOException {
        int dropped = (int) Math.min(toDrop, length);
        toDrop -= dropped;
        offset += dropped;
        length -= dropped;
        if (length == 0) {
            return;
        }
        for (int i = Math.max(offset, offset + length - 8); i < offset + length; i++) {
            lastEight = lastEight << 8 | (b[i] & 0xff);
        }
        while (length > 0) {
            int n = Math.min(length, buffer.remaining());
            buffer.put(b, offset, n);
            offset += n;
            length -= n;
            if (!buffer.hasRemaining()) {
                flushBuffer();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
    }

    private void flushBuffer() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            target.write(buffer);
        }
        buffer.clear();
        behind.written(target.position());
    }

    private static long tail(byte[] bytes) {
        long t = 0;
        for (byte b : bytes) {
            t = t << 8 | (b & 0xff);
        }
        return t;
    }
}
