package org.anjuan.report;

import java.awt.Font;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Text as the forms print it: line ends become one kind ("\n", kept, a note may have paragraphs), other control
 * characters and tabs become spaces, and a character the archive font has no glyph for becomes □, so that a stray
 * symbol shows where it was instead of silently vanishing from a printed title.
 */
final class FormText {

    static final String FONT = "AR PL UMing CN";
    private static final String MISSING = "\u25A1";

    private static volatile Font font;

    private FormText() {
    }

    static String printable(String text) {
        if (text == null) {
            return null;
        }
        Font f = font();
        StringBuilder out = new StringBuilder(text.length());
        text.replaceAll("\\R", "\n").codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (Character.isWhitespace(cp) || f.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** The archive font as JasperReports itself measures with it (registered in org/anjuan/report/fonts.xml). */
    static Font font() {
        Font f = font;
        if (f == null) {
            f = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                    .getAwtFontFromBundles(FONT, Font.PLAIN, 12f, null, false);
            if (f == null) {
                throw new IllegalStateException("the font extension does not register " + FONT);
            }
            font = f;
        }
        return f;
    }
}
