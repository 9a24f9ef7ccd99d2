package org.anjuan.app;

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

/** Case folders with born-digital "scans" for bind tests: a null page text makes a page that draws nothing. */
final class TestScans {

    private TestScans() {
    }

    static void pdf(Path file, List<String> pages) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (text != null) {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(100, 400);
                        cs.showText(text);
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    static List<String> pages(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " page " + i).toList();
    }

    static void caseYaml(Path dir, String category, String materials) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("case.yaml"), """
                category: %s
                title: 厦门某置业有限公司未按规定修建防空地下室案
                parties: [厦门某置业有限公司]
                department: 执法监督处
                officer: 李明、王芳
                opened: 2023-03-01
                closed: 2023-11-20
                materials:
                %s
                """.formatted(category, materials.indent(2).stripTrailing()), StandardCharsets.UTF_8);
    }
}
