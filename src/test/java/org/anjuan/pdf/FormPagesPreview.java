package org.anjuan.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample forms for a person to look at:
 * {@code mvn -o -q test -Dtest=FormPagesPreview -Danjuan.forms=/tmp/forms}, then {@code pdftoppm -r 60 -png}.
 */
@EnabledIfSystemProperty(named = "anjuan.forms", matches = ".+")
class FormPagesPreview {

    private final FormPages forms = new FormPages();

    @Test
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("anjuan.forms")));
        write(dir.resolve("cover.pdf"), (doc, font) -> forms.addCover(doc, font, FormSamples.cover("秘密")));
        write(dir.resolve("cover-crowded.pdf"), (doc, font) -> forms.addCover(doc, font, FormSamples.crowdedCover()));
        write(dir.resolve("directory.pdf"), (doc, font) ->
                forms.addDirectory(doc, font, FormSamples.NUMBER, FormSamples.rows(45)));
        write(dir.resolve("back.pdf"), (doc, font) -> forms.addBackSheet(doc, font, FormSamples.backSheet(3, null)));
        write(dir.resolve("back-long.pdf"), (doc, font) ->
                forms.addBackSheet(doc, font, FormSamples.backSheet(40, "王建国")));
    }

    private static void write(Path target, Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            drawing.draw(doc, ArchiveFont.load(doc));
            doc.save(target.toFile());
        }
    }

    private interface Drawing {
        void draw(PDDocument doc, PDFont font);
    }
}
