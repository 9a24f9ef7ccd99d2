package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegHeaderTest {

    @Test
    void readsAJfifColourScan() {
        byte[] jpeg = ScanImagePainter.page(ScanImagePainter.Sheet.BLANK, 1, 50, 40, 100).jpeg(0.5f, false);

        JpegHeader h = JpegHeader.parse(jpeg);

        assertThat(h).isEqualTo(new JpegHeader(197, 157, 3, true));
    }

    @Test
    void readsAGreyScan() {
        byte[] jpeg = ScanImagePainter.page(ScanImagePainter.Sheet.BLANK, 1, 50, 40, 100).jpeg(0.5f, true);

        assertThat(JpegHeader.parse(jpeg)).isEqualTo(new JpegHeader(197, 157, 1, false));
    }

    @Test
    void anAdobeMarkerWithoutTransformMeansRgb() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0,
                (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0, 20, 0, 30, 3, 'R', 0x11, 0, 'G', 0x11, 0, 'B', 0x11, 0};

        assertThat(JpegHeader.parse(jpeg)).isEqualTo(new JpegHeader(30, 20, 3, false));
        jpeg[17] = 1; // transform 1: YCbCr
        assertThat(JpegHeader.parse(jpeg).ycc()).isTrue();
    }

    @Test
    void refusesWhatIsNotAJpeg() {
        byte[] jpeg = ScanImagePainter.page(ScanImagePainter.Sheet.BLANK, 1, 50, 40, 100).jpeg(0.5f, false);

        assertThat(JpegHeader.parse(new byte[] {'%', 'P', 'D', 'F'})).isNull();
        assertThat(JpegHeader.parse(Arrays.copyOf(jpeg, 30))).isNull();
        assertThat(JpegHeader.parse(new byte[0])).isNull();
    }
}
