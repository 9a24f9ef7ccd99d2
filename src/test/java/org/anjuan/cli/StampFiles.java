package org.anjuan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Scans to stamp from the command line, and the page numbers found on what was stamped. */
final class StampFiles {

    private StampFiles() {
    }

    /** A4 pages painted grey, or with no content where {@code empty} says so. */
    static Path scan(Path file, boolean... empty) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (boolean e : empty) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                if (!e) {
                    PDStream content = new PDStream(document);
                    try (OutputStream out = content.createOutputStream()) {
                        out.write("0.8 g 0 0 595 842 re f".getBytes(StandardCharsets.US_ASCII));
                    }
                    page.setContents(content);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One page, with an owner and a user password. */
    static Path locked(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(file.toFile());
        }
        return file;
    }

    /** Per page: its text and which corner of the page it sits in, e.g. "3 top-right"; "" for no text. */
    static List<String> numbers(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        glyphs.addAll(positions);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(document);
                if (glyphs.isEmpty()) {
                    pages.add("");
                    continue;
                }
                StringBuilder text = new StringBuilder();
                glyphs.forEach(g -> text.append(g.getUnicode()));
                TextPosition first = glyphs.get(0);
                String vertical = first.getY() < first.getPageHeight() / 2 ? "top" : "bottom";
                String horizontal = first.getX() > first.getPageWidth() / 2 ? "right" : "left";
                pages.add(text + " " + vertical + "-" + horizontal);
            }
        }
        return pages;
    }
}
