package org.anjuan.report;

import com.lowagie.text.pdf.BaseFont;
import java.util.zip.Deflater;

/**
 * The archive font as the forms embed it. JasperReports asks OpenPDF for the font of {@code fonts.xml} by its
 * path, and OpenPDF keeps one instance per path, encoding and embedding; this makes that instance first and has
 * it compress its subsets quickly. A form's subset keeps the font's full glyph index (280 KB for a few dozen
 * characters, mostly zeros): deflating it at the default level was 7 ms of every forms PDF, at the fastest 2 ms,
 * for 7 KB more in a volume of tens of megabytes.
 */
final class FormFont {

    /** Where {@code org/anjuan/report/fonts.xml} says the font is: the jar's copy of fonts/AR-PL-UMing-CN.ttf. */
    static final String PATH = "org/anjuan/fonts/AR-PL-UMing-CN.ttf";
    static final int COMPRESSION = Deflater.BEST_SPEED;

    private static volatile boolean ready;

    private FormFont() {
    }

    /** Once a process, before the first form: a failure here is left for the form itself to report. */
    static void prepare() {
        if (ready) {
            return;
        }
        synchronized (FormFont.class) {
            if (!ready) {
                try {
                    instance().setCompressionLevel(COMPRESSION);
                } catch (Exception e) {
                    // the forms then report the missing font themselves
                }
                ready = true;
            }
        }
    }

    /** The one instance JasperReports uses: OpenPDF's cache, keyed as JasperReports asks. */
    static BaseFont instance() throws Exception {
        return BaseFont.createFont(PATH, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, null, null);
    }
}
