package org.anjuan.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * One new A4 form page and the few strokes the forms are made of: text placed left, centred, right, spread
 * ("卷 内 目 录") or justified over a label width ("时　　间"), rules and boxes. Black only.
 */
final class FormCanvas implements AutoCloseable {

    private final PDPageContentStream content;
    private final TextLayout text;

    FormCanvas(PDDocument doc, TextLayout text) {
        this.text = text;
        PDPage page = new PDPage(FormPaper.sheet());
        doc.addPage(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TextLayout layout() {
        return text;
    }

    void left(String s, float x, float baseline, float size) {
        String clean = text.printable(s);
        if (clean.isBlank()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(text.font(), size);
            content.newLineAtOffset(x, baseline);
            content.showText(clean);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void centred(String s, float centre, float baseline, float size) {
        String clean = text.printable(s);
        left(clean, centre - text.width(clean, size) / 2, baseline, size);
    }

    void right(String s, float right, float baseline, float size) {
        String clean = text.printable(s);
        left(clean, right - text.width(clean, size), baseline, size);
    }

    /** Each character of {@code s} drawn separately with {@code gap} points between them, centred as a whole. */
    void spread(String s, float centre, float baseline, float size, float gap) {
        String clean = text.printable(s);
        int n = clean.codePointCount(0, clean.length());
        float x = centre - (text.width(clean, size) + gap * (n - 1)) / 2;
        for (int i = 0; i < clean.length(); ) {
            String ch = clean.substring(i, clean.offsetByCodePoints(i, 1));
            left(ch, x, baseline, size);
            x += text.width(ch, size) + gap;
            i += ch.length();
        }
    }

    /** The characters of a label spread evenly from {@code x} to {@code x + width}, as printed forms align labels. */
    void justified(String s, float x, float width, float baseline, float size) {
        String clean = text.printable(s);
        int n = clean.codePointCount(0, clean.length());
        if (n < 2) {
            left(clean, x, baseline, size);
            return;
        }
        float gap = (width - text.width(clean, size)) / (n - 1);
        for (int i = 0; i < clean.length(); ) {
            String ch = clean.substring(i, clean.offsetByCodePoints(i, 1));
            left(ch, x, baseline, size);
            x += text.width(ch, size) + gap;
            i += ch.length();
        }
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        try {
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void box(float x, float y, float w, float h, float width) {
        try {
            content.setLineWidth(width);
            content.addRect(x, y, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
