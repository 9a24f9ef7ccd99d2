package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The stored signature: cropped to the ink, at print resolution, refused while the pad is blank. */
class SignatureImageTest {

    @Test
    void aSignatureIsStoredAsPngCroppedToItsInkAtThreeTimesThePadResolution() throws Exception {
        SignatureStrokes ink = new SignatureStrokes();
        stroke(ink, 100, 80, 300, 120);   // a stroke 200 wide, 40 high
        stroke(ink, 150, 60, 160, 140);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SignatureImage.png(ink,
                SignatureImage.Ground.TRANSPARENT)));

        // ink box 100..300 × 60..140 plus half the widest line, plus the margin, times three
        double half = SignatureStrokes.MAX_WIDTH / 2;
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil((200 + 2 * half + 2 * SignatureImage.MARGIN) * 3));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil((80 + 2 * half + 2 * SignatureImage.MARGIN) * 3));
        assertThat(alpha(image, 0, 0)).as("the ground is transparent").isZero();
        // the first stroke's start sits a margin and half a line in from the top-left corner of the picture
        int x = (int) ((SignatureImage.MARGIN + half) * 3);
        int y = (int) ((SignatureImage.MARGIN + half + 20) * 3);
        assertThat(alpha(image, x + 3, y)).as("ink where the first stroke began").isGreaterThan(200);
        assertThat(inkPixels(image)).isGreaterThan(1000);
    }

    @Test
    void aSignatureAcrossAWallScreenIsScaledDownToFourThousandPixels() throws Exception {
        SignatureStrokes ink = new SignatureStrokes();
        stroke(ink, 0, 100, 3000, 300);
        byte[] png = SignatureImage.png(ink, SignatureImage.Ground.TRANSPARENT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(SignatureImage.LONGEST_SIDE);
        assertThat(png.length).as("well under the register's 2 MB limit").isLessThan(500_000);
    }

    @Test
    void onAWhiteGroundTheCornersAreWhite() throws Exception {
        SignatureStrokes ink = new SignatureStrokes();
        stroke(ink, 10, 10, 110, 30);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SignatureImage.png(ink,
                SignatureImage.Ground.WHITE)));
        assertThat(image.getRGB(0, 0)).isEqualTo(0xffffffff);
        assertThat(inkPixels(image)).isGreaterThan(300);
    }

    @Test
    void aBlankPadOrAStrayTapIsNotASignature() {
        SignatureStrokes ink = new SignatureStrokes();
        assertThatThrownBy(() -> SignatureImage.png(ink, SignatureImage.Ground.WHITE))
                .isInstanceOf(AnjuanException.class)
                .satisfies(e -> assertThat(Messages.chinese().text((AnjuanException) e))
                        .isEqualTo("还没有签名：请在签名框内写下姓名后再确认。"));
        ink.begin(50, 50, 0);
        ink.extend(55, 52, 10);
        ink.end();
        assertThat(ink.isEmpty()).isFalse();
        assertThat(ink.isSigned()).isFalse();
        assertThatThrownBy(() -> SignatureImage.png(ink, SignatureImage.Ground.WHITE))
                .isInstanceOf(AnjuanException.class);
        ink.clear();
        assertThat(ink.isEmpty()).isTrue();
    }

    @Test
    void fastStrokesAreThinnerThanSlowOnes() {
        SignatureStrokes slow = new SignatureStrokes();
        SignatureStrokes fast = new SignatureStrokes();
        for (int i = 0; i <= 20; i++) {
            if (i == 0) {
                slow.begin(0, 0, 0);
                fast.begin(0, 0, 0);
            } else {
                slow.extend(i * 5, 0, i * 40L);
                fast.extend(i * 5, 0, i * 1L);
            }
        }
        double slowWidth = slow.segments().get(15).width();
        double fastWidth = fast.segments().get(15).width();
        assertThat(fastWidth).isLessThan(slowWidth);
        assertThat(fastWidth).isGreaterThanOrEqualTo(SignatureStrokes.MIN_WIDTH);
        assertThat(slowWidth).isLessThanOrEqualTo(SignatureStrokes.MAX_WIDTH);
    }

    /** A straight stroke from (x0,y0) to (x1,y1) in 20 samples, 15 ms apart. */
    static void stroke(SignatureStrokes ink, double x0, double y0, double x1, double y1) {
        ink.begin(x0, y0, 0);
        for (int i = 1; i <= 20; i++) {
            ink.extend(x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * i / 20, i * 15L);
        }
        ink.end();
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** Pixels dark enough to be ink, whatever the ground. */
    static int inkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                if (a > 128 && r < 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
