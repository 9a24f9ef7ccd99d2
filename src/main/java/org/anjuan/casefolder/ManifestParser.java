package org.anjuan.casefolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjuan.domain.CaseFile;
import org.anjuan.domain.CaseFlag;
import org.anjuan.domain.Category;
import org.anjuan.domain.Material;
import org.anjuan.domain.Secrecy;

/** Turns a loaded case.yaml into a {@link CaseFolder}, recording every problem on the way. */
final class ManifestParser {

    static final List<String> KEYS = List.of("category", "title", "parties", "department", "officer",
            "opened", "closed", "flags", "secrecy", "materials");
    private static final List<String> SECRECY_KEYS = List.of("level", "term", "declassify", "scope");

    private final Path folder;
    private final Problems problems;
    private final MaterialParser materialParser;

    ManifestParser(Path folder, boolean filesMustExist, Problems problems) {
        this.folder = folder;
        this.problems = problems;
        this.materialParser = new MaterialParser(folder, filesMustExist, problems);
    }

    List<CaseFolder.Scan> scans() {
        return materialParser.scans();
    }

    /** @return the case folder, or null when there were problems */
    CaseFolder parse(Map<?, ?> manifest) {
        Section s = new Section(manifest, "", null, problems, KEYS);
        String label = s.text("category", true);
        Category category = label == null ? null : Category.fromLabel(label).orElse(null);
        if (label != null && category == null) {
            problems.add(s.where("category"), "casefolder.category.unknown", label, Category.allLabels());
        }
        String title = s.text("title", true);
        List<String> parties = s.texts("parties", true);
        String department = s.text("department", true);
        String officer = s.text("officer", true);
        LocalDate opened = Values.date(s, "opened", true);
        LocalDate closed = Values.date(s, "closed", true);
        if (opened != null && closed != null && closed.isBefore(opened)) {
            problems.add(s.where("closed"), "casefolder.closedBeforeOpened", closed, opened);
        }
        Set<CaseFlag> flags = flags(s);
        Secrecy secrecy = s.section("secrecy", SECRECY_KEYS).map(this::secrecy).orElse(Secrecy.NONE);
        List<Material> materials = materials(s);
        if (!problems.isEmpty()) {
            return null;
        }
        CaseFile caseFile = new CaseFile(null, category, title, parties, department, officer, opened, closed,
                flags, secrecy, materials, folder.toString());
        return new CaseFolder(folder, caseFile, scans());
    }

    private Set<CaseFlag> flags(Section s) {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        for (String label : s.texts("flags", false)) {
            CaseFlag.fromLabel(label).ifPresentOrElse(flags::add, () -> problems.add(s.where("flags"),
                    "casefolder.flag.unknown", label, CaseFlag.allLabels()));
        }
        return flags;
    }

    private Secrecy secrecy(Section s) {
        String level = s.text("level", false);
        if (level == null) {
            problems.add(s.where("level"), "casefolder.secrecy.noLevel");
        }
        return new Secrecy(level, s.text("term", false), s.text("declassify", false), s.text("scope", false));
    }

    private List<Material> materials(Section s) {
        Object value = s.raw("materials");
        List<Material> materials = new ArrayList<>();
        if (value == null) {
            problems.add(s.where("materials"), "casefolder.materials.empty");
        } else if (!(value instanceof List<?> items)) {
            problems.add(s.where("materials"), "casefolder.materials.notList");
        } else if (items.isEmpty()) {
            problems.add(s.where("materials"), "casefolder.materials.empty");
        } else {
            for (int i = 0; i < items.size(); i++) {
                materials.add(materialParser.parse(items.get(i), i));
            }
        }
        return materials;
    }
}
