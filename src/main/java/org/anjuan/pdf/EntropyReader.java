package org.anjuan.pdf;

import java.io.IOException;

/**
 * Reads the bits of a JPEG's entropy-coded data: drops the zero byte stuffed after each 0xFF, and stops at
 * the first marker (or the end of the bytes), after which it supplies zero bits, as libjpeg does. Whether
 * any of those made-up bits were used is asked with {@link #overran()}: a scan that needs them is cut short.
 */
final class EntropyReader {

    private final byte[] data;
    private int pos;
    /** The unread bits, the oldest highest, in the low {@link #bits} bits. */
    private long acc;
    private int bits;
    /** How many of the low bits of {@link #acc} are zeros made up after the data ended. */
    private int padBits;
    private boolean ended;

    EntropyReader(byte[] data, int start) {
        this.data = data;
        this.pos = start;
    }

    /** The next {@code n} bits (n ≤ 16) without using them. */
    int peek(int n) {
        if (bits < n) {
            fill();
        }
        return (int) (acc >>> (bits - n)) & ((1 << n) - 1);
    }

    void skip(int n) {
        bits -= n;
    }

    /** The next {@code n} bits (0 ≤ n ≤ 16) as an unsigned number. */
    int take(int n) {
        if (n == 0) {
            return 0;
        }
        int v = peek(n);
        bits -= n;
        return v;
    }

    /** True when bits after the end of the data have been used. */
    boolean overran() {
        return bits < padBits;
    }

    /**
     * At the end of a restart interval: drops the rest of the current byte and reads the marker RSTn,
     * {@code n} = {@code expected}.
     */
    void restart(int expected) throws IOException {
        int p = pos;
        if (p + 1 >= data.length || data[p] != (byte) 0xFF) {
            throw new IOException("restart marker missing");
        }
        while (p + 2 < data.length && data[p + 1] == (byte) 0xFF) {
            p++; // fill bytes before the marker
        }
        if ((data[p + 1] & 0xFF) != 0xD0 + expected) {
            throw new IOException("restart marker out of order");
        }
        pos = p + 2;
        acc = 0;
        bits = 0;
        padBits = 0;
        ended = false;
    }

    /** Where the entropy-coded data ended: the marker that follows it, or the end of the bytes. */
    int end() {
        if (ended) {
            return pos;
        }
        // bytes left over after the last block: skip them to the next marker, as libjpeg does
        for (int p = pos; p + 1 < data.length; p++) {
            if (data[p] == (byte) 0xFF && data[p + 1] != 0 && data[p + 1] != (byte) 0xFF) {
                return p;
            }
        }
        return data.length;
    }

    private void fill() {
        while (bits <= 56) {
            int b = 0;
            if (ended) {
                padBits += 8;
            } else if (pos >= data.length) {
                ended = true;
                continue;
            } else {
                b = data[pos] & 0xFF;
                if (b != 0xFF) {
                    pos++;
                } else {
                    int next = pos + 1;
                    while (next < data.length && data[next] == (byte) 0xFF) {
                        next++;
                    }
                    if (next < data.length && data[next] == 0) {
                        pos = next + 1; // a stuffed 0xFF
                    } else {
                        ended = true; // a marker: it stays unread
                        continue;
                    }
                }
            }
            acc = acc << 8 | b;
            bits += 8;
        }
    }
}
