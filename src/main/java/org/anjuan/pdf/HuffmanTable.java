package org.anjuan.pdf;

import java.io.IOException;

/**
 * One Huffman table of a JPEG (a DHT segment), for {@link JpegCells}. Codes of up to
 * {@value #LOOKUP_BITS} bits, which are nearly all codes in a scan, are found with one table look-up;
 * longer ones by the canonical code ranges of ITU T.81 annex F.
 */
final class HuffmanTable {

    private static final int LOOKUP_BITS = 9;

    /** For each {@value #LOOKUP_BITS}-bit prefix: code length << 8 | symbol, or 0 when the code is longer. */
    private final short[] lookup = new short[1 << LOOKUP_BITS];
    /** The largest code of each length, -1 when there is none. */
    private final int[] maxCode = new int[17];
    /** Added to a code of each length, gives the index of its symbol. */
    private final int[] offset = new int[17];
    private final byte[] symbols;

    /**
     * @param counts  the number of codes of each length 1–16 ({@code counts[0]} unused)
     * @param symbols the symbols in code order
     * @throws IOException when the counts describe more codes than fit (a damaged table, as libjpeg says)
     */
    HuffmanTable(int[] counts, byte[] symbols) throws IOException {
        this.symbols = symbols;
        int code = 0;
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            offset[len] = k - code;
            maxCode[len] = counts[len] > 0 ? code + counts[len] - 1 : -1;
            for (int i = 0; i < counts[len]; i++, k++, code++) {
                if (code >= (1 << len) - 1) {
                    throw new IOException("bad Huffman table"); // too many codes; all ones is reserved too
                }
                if (len <= LOOKUP_BITS) {
                    int shift = LOOKUP_BITS - len;
                    short entry = (short) (len << 8 | symbols[k] & 0xFF);
                    for (int j = code << shift; j < (code + 1) << shift; j++) {
                        lookup[j] = entry;
                    }
                }
            }
            code <<= 1;
        }
    }

    /** The next symbol. */
    int decode(EntropyReader in) throws IOException {
        int entry = lookup[in.peek(LOOKUP_BITS)];
        if (entry != 0) {
            in.skip(entry >> 8);
            return entry & 0xFF;
        }
        int bits = in.peek(16);
        for (int len = LOOKUP_BITS + 1; len <= 16; len++) {
            int code = bits >>> (16 - len);
            if (code <= maxCode[len]) {
                in.skip(len);
                return symbols[code + offset[len]] & 0xFF;
            }
        }
        throw new IOException("bad Huffman code");
    }

    /** The largest symbol, to refuse a DC table whose sizes a baseline decoder cannot read. */
    int maxSymbol() {
        int max = 0;
        for (byte s : symbols) {
            max = Math.max(max, s & 0xFF);
        }
        return max;
    }
}
