package org.anjuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.NumberPosition;
import org.anjuan.domain.NumberSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample forms for a person to look at:
 * {@code mvn -o -q test -Dtest=FormReportsPreview -Danjuan.forms=/tmp/forms}, then {@code pdftoppm -r 60 -png}.
 */
@EnabledIfSystemProperty(named = "anjuan.forms", matches = ".+")
class FormReportsPreview {

    private final FormReports forms = new FormReports();

    @Test
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("anjuan.forms")));
        Files.write(dir.resolve("cover.pdf"), forms.cover(FormSamples.cover("秘密")));
        Files.write(dir.resolve("cover-crowded.pdf"), forms.cover(FormSamples.crowdedCover()));
        Files.write(dir.resolve("directory.pdf"), forms.directory(FormSamples.NUMBER, FormSamples.rows(45)));
        Files.write(dir.resolve("back.pdf"), forms.backSheet(FormSamples.backSheet(3, null)));
        Files.write(dir.resolve("back-long.pdf"), forms.backSheet(FormSamples.backSheet(40, "王建国")));
        Files.write(dir.resolve("handover.pdf"), forms.handover(FormSamples.handover(6, "2023年12月11日")));
        Files.write(dir.resolve("handover-long.pdf"), forms.handover(FormSamples.handover(40, null)));
        Files.write(dir.resolve("lending.pdf"), forms.ledger(FormSamples.ledger(LedgerKind.LENDING, 5)));
        Files.write(dir.resolve("lending-long.pdf"), forms.ledger(FormSamples.ledger(LedgerKind.LENDING, 16)));
        Files.write(dir.resolve("consultation.pdf"), forms.ledger(FormSamples.ledger(LedgerKind.CONSULTATION, 5)));
        Files.write(dir.resolve("lending-blank.pdf"), forms.ledger(FormSamples.ledger(LedgerKind.LENDING, 0)));
        Files.write(dir.resolve("number-sheets.pdf"),
                forms.numberSheets(new NumberSheets(1, 3, NumberPosition.TOP, 0, 0)));
        Files.write(dir.resolve("number-sheets-bottom.pdf"),
                forms.numberSheets(new NumberSheets(118, 120, NumberPosition.BOTTOM, 0, 0)));
    }
}
