package org.anjuan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anjuan.casefolder.CaseFolder;
import org.anjuan.casefolder.CaseFolderReader;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;
import org.anjuan.pdf.PdfPages;
import org.anjuan.pdf.SampleScanWriter;

/**
 * Makes the sample case folders ready to import. The repository keeps only their case.yaml files; the scans
 * they name are drawn here with the declared page counts, so no PDF needs to be committed.
 */
public final class SampleLibrary {

    private final CaseFolderReader reader;
    private final SampleScanWriter writer;
    private final PdfPages pdfPages;

    public SampleLibrary(CaseFolderReader reader, SampleScanWriter writer, PdfPages pdfPages) {
        this.reader = reader;
        this.writer = writer;
        this.pdfPages = pdfPages;
    }

    public SampleLibrary() {
        this(new CaseFolderReader(), new SampleScanWriter(), new PdfPages());
    }

    /** Copies every case folder of samplesDir into outDir with its scans; complete copies are left alone. */
    public Path materialise(Path samplesDir, Path outDir) {
        try {
            Files.createDirectories(outDir);
            for (Path sample : caseFolders(samplesDir)) {
                Path copy = outDir.resolve(sample.getFileName().toString());
                if (!FolderCopies.isComplete(sample, copy, this::isReadable)) {
                    FolderCopies.replace(copy, staging -> {
                        FolderCopies.copyFiles(sample, staging);
                        drawScans(staging);
                    });
                }
            }
            return outDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawScans(Path folder) {
        CaseFolder planned = reader.readPlanned(folder);
        for (CaseFolder.Scan scan : planned.scans()) {
            writer.write(scan.pdf(), scan.declaredPages().orElse(1));
        }
        reader.read(folder, pdfPages::count); // refuse to publish a sample that would not import
    }

    private boolean isReadable(Path folder) {
        try {
            reader.read(folder, pdfPages::count);
            return true;
        } catch (AnjuanException e) {
            return false;
        }
    }

    private static List<Path> caseFolders(Path samplesDir) throws IOException {
        try (Stream<Path> children = Files.list(samplesDir)) {
            return children.filter(Files::isDirectory).filter(CaseFolderReader::isCaseFolder).sorted().toList();
        }
    }

    /**
     * For the build: {@code SampleLibrary <samplesDir> <outDir>}. A failure is thrown, so the JVM exits
     * non-zero and the build stops with the Chinese message.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SampleLibrary <samplesDir> <outDir>");
        }
        try {
            System.out.println(new SampleLibrary().materialise(Path.of(args[0]), Path.of(args[1])));
        } catch (AnjuanException e) {
            throw new IllegalStateException(Messages.chinese().text(e), e);
        }
    }
}
