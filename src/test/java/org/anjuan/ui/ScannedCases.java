package org.anjuan.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Case folders for the window tests, with scans drawn in code: a null page text makes a page with nothing on it. */
final class ScannedCases {

    private ScannedCases() {
    }

    /** An A4 PDF with a few lines of text on each page that has a text. */
    static void scan(Path file, String... pages) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (text == null) {
                    continue;
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 22);
                    cs.newLineAtOffset(90, 740);
                    cs.showText(text);
                    cs.setFont(font, 12);
                    for (int line = 0; line < 30; line++) {
                        cs.newLineAtOffset(0, -20);
                        cs.showText("Line " + (line + 1) + " of " + text + ": the record as signed by both parties.");
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** case.yaml of a case closed in 2023; {@code materials} is the YAML list of its materials. */
    static Path caseFolder(Path dir, String category, String title, List<String> materials) throws IOException {
        Files.createDirectories(dir);
        String list = String.join("\n", materials.stream().map(m -> "  - " + m).toList());
        Files.writeString(dir.resolve("case.yaml"), """
                category: %s
                title: %s
                parties: [厦门某置业有限公司]
                department: 执法监督处
                officer: 李明、王芳
                opened: 2023-03-01
                closed: 2023-06-20
                materials:
                %s
                """.formatted(category, title, list), StandardCharsets.UTF_8);
        return dir;
    }
}
