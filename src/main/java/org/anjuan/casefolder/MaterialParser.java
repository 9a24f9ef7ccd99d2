package org.anjuan.casefolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.anjuan.domain.CopyVerification;
import org.anjuan.domain.EvidenceRecord;
import org.anjuan.domain.Material;
import org.anjuan.domain.MaterialKind;

/**
 * Reads the materials of case.yaml in their filing order, noting which page counts only the PDF can give.
 * A faulty material still yields a placeholder so the rest is checked; the folder is refused anyway.
 */
final class MaterialParser {

    static final List<String> KEYS = List.of("title", "docNo", "author", "date", "kind", "file", "pages",
            "copy", "secondary", "evidence");
    private static final List<String> COPY_KEYS = List.of("source", "checkedBy", "checkedOn");
    private static final List<String> EVIDENCE_KEYS = List.of("name", "content", "quantity", "source",
            "features", "takenAt", "storedAt");

    private final Path folder;
    private final boolean filesMustExist;
    private final Problems problems;
    private final Map<Path, String> fileUsers = new HashMap<>();
    private final List<CaseFolder.Scan> scans = new ArrayList<>();

    MaterialParser(Path folder, boolean filesMustExist, Problems problems) {
        this.folder = folder;
        this.filesMustExist = filesMustExist;
        this.problems = problems;
    }

    List<CaseFolder.Scan> scans() {
        return scans;
    }

    Material parse(Object item, int index) {
        String path = "materials[" + (index + 1) + "]";
        if (!(item instanceof Map<?, ?> map)) {
            problems.add(path, "casefolder.field.notMapping", String.join("、", KEYS));
            return null;
        }
        Object title = map.get("title");
        String context = title instanceof String t && !t.isBlank() ? t.strip() : null;
        Section s = new Section(map, path, context, problems, KEYS);
        String name = s.text("title", true);
        Integer pages = Values.pages(s, "pages");
        String file = s.text("file", false);
        Path pdf = file == null ? null : ScanFiles.resolve(s, "file", file, folder, filesMustExist);
        if (file == null && !s.has("pages")) {
            problems.add(s.here(), "casefolder.material.noContent");
        }
        if (pdf != null && fileUsers.putIfAbsent(pdf, s.here()) != null) {
            problems.add(s.where("file"), "casefolder.file.duplicate", file, fileUsers.get(pdf));
        } else if (pdf != null) {
            scans.add(new CaseFolder.Scan(index, pdf, pages == null ? OptionalInt.empty() : OptionalInt.of(pages)));
        }
        String relative = pdf == null ? file : folder.relativize(pdf).toString().replace('\\', '/');
        return new Material(name == null ? "" : name, s.text("docNo", false), s.text("author", false),
                Values.date(s, "date", false), kind(s), relative, pages == null ? 1 : pages, copy(s),
                s.yes("secondary"), evidence(s));
    }

    private MaterialKind kind(Section s) {
        String label = s.text("kind", false);
        if (label == null) {
            return MaterialKind.DOCUMENT;
        }
        return MaterialKind.fromLabel(label).orElseGet(() -> {
            String allowed = String.join("、", Arrays.stream(MaterialKind.values()).map(MaterialKind::label).toList());
            problems.add(s.where("kind"), "casefolder.kind.unknown", label, allowed);
            return MaterialKind.DOCUMENT;
        });
    }

    /** `copy: true` marks a copy whose 与原件核对无误 details are still missing; the register flags it. */
    private CopyVerification copy(Section s) {
        if (s.raw("copy") instanceof Boolean marked) {
            return marked ? new CopyVerification(null, null, null) : null;
        }
        return s.section("copy", COPY_KEYS).map(c -> new CopyVerification(c.text("source", false),
                c.text("checkedBy", false), Values.date(c, "checkedOn", false))).orElse(null);
    }

    private EvidenceRecord evidence(Section s) {
        return s.section("evidence", EVIDENCE_KEYS).map(e -> new EvidenceRecord(e.text("name", false),
                e.text("content", false), e.text("quantity", false), e.text("source", false),
                e.text("features", false), Values.dateTime(e, "takenAt"), e.text("storedAt", false))).orElse(null);
    }
}
