package org.anjuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample box labels for a person to look at:
 * {@code mvn -o -q test -Dtest=BoxFormsPreview -Danjuan.forms=/tmp/forms}, then {@code pdftoppm -r 70 -png}.
 */
@EnabledIfSystemProperty(named = "anjuan.forms", matches = ".+")
class BoxFormsPreview {

    private final FormReports forms = new FormReports();

    @Test
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("anjuan.forms")));
        Files.write(dir.resolve("box-cover.pdf"), forms.boxCover(BoxSamples.label(30)));
        Files.write(dir.resolve("box-cover-crowded.pdf"), forms.boxCover(BoxSamples.crowded(50)));
        Files.write(dir.resolve("box-spines.pdf"), forms.boxSpines(List.of(BoxSamples.label(20), BoxSamples.label(30),
                BoxSamples.label(40), BoxSamples.label(50))));
        Files.write(dir.resolve("box-spines-crowded.pdf"), forms.boxSpines(List.of(BoxSamples.crowded(20),
                BoxSamples.crowded(30), BoxSamples.crowded(40), BoxSamples.crowded(50))));
        Files.write(dir.resolve("spine-sheet.pdf"), forms.spineSheet(List.of(BoxSamples.label(50, 1),
                BoxSamples.label(40, 2), BoxSamples.label(30, 3), BoxSamples.label(30, 4), BoxSamples.label(20, 5),
                BoxSamples.label(20, 6), BoxSamples.label(40, 7), BoxSamples.label(40, 8)), 0, 0));
    }
}
