package org.anjuan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.anjuan.casefolder.CaseFolder;
import org.anjuan.casefolder.CaseFolderReader;
import org.anjuan.domain.Category;
import org.anjuan.pdf.PdfPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLibraryTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path out;

    private final CaseFolderReader reader = new CaseFolderReader();
    private final PdfPages pdfPages = new PdfPages();

    @Test
    void materialisesEverySampleReadyToImport() throws IOException {
        Path result = new SampleLibrary().materialise(SAMPLES, out);

        assertThat(result).isEqualTo(out);
        List<Path> folders = folders(out);
        assertThat(folders).extracting(p -> p.getFileName().toString()).containsExactly(
                "inspection-2023-shelter-use", "punishment-general-2023-basement", "punishment-simple-2023-dumping");
        for (Path folder : folders) {
            CaseFolder caseFolder = reader.read(folder, pdfPages::count);
            assertThat(caseFolder.scans()).isNotEmpty();
            for (CaseFolder.Scan scan : caseFolder.scans()) {
                assertThat(pdfPages.count(scan.pdf())).as(scan.pdf().toString())
                        .isEqualTo(scan.declaredPages().orElseThrow());
            }
        }
        assertThat(folders.stream().map(f -> reader.read(f).caseFile().category())).containsExactlyInAnyOrder(
                Category.INSPECTION, Category.PUNISHMENT_GENERAL, Category.PUNISHMENT_SIMPLE);
    }

    @Test
    void leavesCompleteCopiesAloneAndRepairsBrokenOnes() throws IOException {
        SampleLibrary library = new SampleLibrary();
        library.materialise(SAMPLES, out);
        Path general = out.resolve("punishment-general-2023-basement");
        Path untouched = out.resolve("punishment-simple-2023-dumping/01-on-the-spot-decision.pdf");
        FileTime before = Files.getLastModifiedTime(untouched);
        Files.write(general.resolve("09-penalty-decision.pdf"), new byte[0]);

        library.materialise(SAMPLES, out);

        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(before);
        assertThat(pdfPages.count(general.resolve("09-penalty-decision.pdf"))).isEqualTo(3);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".partial"));
        }
    }

    private static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
