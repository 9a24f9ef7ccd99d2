package org.anjuan.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ArchiveCodeTest {

    private static final String NUMBER = "2023年厦国动罚字第01号";

    @Test
    void aChineseArchiveNumberReadsBackExactly() throws Exception {
        ModuleMatrix m = ArchiveCode.qr(NUMBER);
        assertThat(m.width()).isEqualTo(m.height());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image(m, 4))))).getText();
        assertThat(read).isEqualTo(NUMBER);
    }

    @Test
    void keepsAQuietZoneOfFourLightModulesAroundTheCode() {
        ModuleMatrix m = ArchiveCode.qr(NUMBER);
        for (int i = 0; i < m.width(); i++) {
            for (int band = 0; band < 4; band++) {
                assertThat(m.dark(i, band)).isFalse();
                assertThat(m.dark(i, m.height() - 1 - band)).isFalse();
                assertThat(m.dark(band, i)).isFalse();
                assertThat(m.dark(m.width() - 1 - band, i)).isFalse();
            }
        }
        // the top-left finder pattern starts right inside the quiet zone
        assertThat(m.dark(4, 4)).isTrue();
        assertThat(m.dark(10, 10)).isTrue();
    }

    @Test
    void refusesToEncodeNothing() {
        assertThatThrownBy(() -> ArchiveCode.qr(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage image(ModuleMatrix m, int scale) {
        BufferedImage img = new BufferedImage(m.width() * scale, m.height() * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.getRaster().setSample(x, y, 0, m.dark(x / scale, y / scale) ? 0 : 255);
            }
        }
        return img;
    }
}
