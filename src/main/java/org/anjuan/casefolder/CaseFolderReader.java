package org.anjuan.casefolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.anjuan.domain.AnjuanException;
import org.anjuan.i18n.Messages;

/**
 * Reads a case folder: a case.yaml (or case.yml / case.json) describing the case and its materials in filing
 * order, beside the materials' scanned PDFs. Every problem found is reported at once in one
 * {@code casefolder.invalid} refusal, each naming the field or file to fix. PDFs are not opened here; pass a
 * page counter (the pdf package's) to have each scan counted and checked against its declared pages.
 */
public final class CaseFolderReader {

    private final Messages messages;

    public CaseFolderReader() {
        this(Messages.chinese());
    }

    /** @param messages the language the problem list is written in */
    public CaseFolderReader(Messages messages) {
        this.messages = messages;
    }

    /** Whether the folder has a case.yaml, case.yml or case.json. */
    public static boolean isCaseFolder(Path dir) {
        return ManifestFile.NAMES.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
    }

    /** Reads the folder; scanned materials keep their declared pages (1 when none is declared). */
    public CaseFolder read(Path caseDir) {
        return read(caseDir, true, null);
    }

    /** Reads the folder and counts every scan, refusing a count that differs from the declared pages. */
    public CaseFolder read(Path caseDir, ToIntFunction<Path> pageCounter) {
        return read(caseDir, true, pageCounter);
    }

    /**
     * Reads case.yaml for a tool that is about to produce the scans (the sample library, a scanning station):
     * the files named must lie inside the folder and be PDFs, but need not exist yet.
     */
    public CaseFolder readPlanned(Path caseDir) {
        return read(caseDir, false, null);
    }

    private CaseFolder read(Path caseDir, boolean filesMustExist, ToIntFunction<Path> pageCounter) {
        Path folder = caseDir.toAbsolutePath().normalize();
        Problems problems = new Problems(messages);
        Optional<Map<?, ?>> manifest = ManifestFile.load(folder, problems);
        if (manifest.isEmpty()) {
            throw problems.refusal(folder);
        }
        ManifestParser parser = new ManifestParser(folder, filesMustExist, problems);
        CaseFolder caseFolder = parser.parse(manifest.get());
        List<Integer> counts = pageCounter == null ? null : count(parser.scans(), pageCounter, problems);
        if (!problems.isEmpty()) {
            throw problems.refusal(folder);
        }
        return counts == null ? caseFolder : caseFolder.withCountedPages(counts);
    }

    /** Counts even when case.yaml has problems, so that a bad PDF is in the same list. */
    private static List<Integer> count(List<CaseFolder.Scan> scans, ToIntFunction<Path> counter, Problems problems) {
        List<Integer> counts = new ArrayList<>();
        for (CaseFolder.Scan scan : scans) {
            String where = "materials[" + (scan.index() + 1) + "].file";
            int pages = 0;
            try {
                pages = counter.applyAsInt(scan.pdf());
            } catch (AnjuanException refusal) {
                problems.add(where, refusal);
            }
            if (pages > 0 && scan.declaredPages().isPresent() && scan.declaredPages().getAsInt() != pages) {
                problems.add("materials[" + (scan.index() + 1) + "].pages", "casefolder.pages.mismatch",
                        scan.declaredPages().getAsInt(), scan.pdf().getFileName().toString(), pages);
            }
            counts.add(pages);
        }
        return counts;
    }
}
