package org.anjuan.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A closed enforcement case as the register knows it, with its materials in filing order.
 *
 * @param id        the register's id; null until stored
 * @param sourceDir the case folder it was imported from, if any
 * @param version   the register row's version when it was read (0 before it is stored): a change made from
 *                  this copy is refused when another clerk changed the case meanwhile (optimistic locking)
 */
public record CaseFile(Long id, Category category, String title, List<String> parties, String department,
                       String officer, LocalDate opened, LocalDate closed, Set<CaseFlag> flags,
                       Secrecy secrecy, List<Material> materials, String sourceDir, int version) {

    /** Materials must be filed within 30 days of the case being closed (第四条). */
    public static final int FILING_DAYS = FilingDeadline.DAYS;

    /** A case not read from the register (a case folder, a test): version 0. */
    public CaseFile(Long id, Category category, String title, List<String> parties, String department,
                    String officer, LocalDate opened, LocalDate closed, Set<CaseFlag> flags,
                    Secrecy secrecy, List<Material> materials, String sourceDir) {
        this(id, category, title, parties, department, officer, opened, closed, flags, secrecy, materials,
                sourceDir, 0);
    }

    public CaseFile {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        parties = List.copyOf(parties);
        flags = flags.isEmpty() ? EnumSet.noneOf(CaseFlag.class) : EnumSet.copyOf(flags);
        secrecy = secrecy == null ? Secrecy.NONE : secrecy;
        materials = List.copyOf(materials);
    }

    public FilingDeadline deadline() {
        return new FilingDeadline(closed);
    }

    public LocalDate filingDeadline() {
        return deadline().date();
    }

    /** Past the deadline of 第四条; whether the case is bound meanwhile is the register's to say. */
    public boolean isFilingOverdue(LocalDate today) {
        return deadline().passed(today);
    }

    public int totalPages() {
        return materials.stream().mapToInt(Material::pages).sum();
    }

    public boolean has(CaseFlag flag) {
        return flags.contains(flag);
    }

    /** The same case with its materials in another order or with other page counts. */
    public CaseFile withMaterials(List<Material> newMaterials) {
        return new CaseFile(id, category, title, parties, department, officer, opened, closed, flags, secrecy,
                newMaterials, sourceDir, version);
    }

    public CaseFile withId(Long newId) {
        return new CaseFile(newId, category, title, parties, department, officer, opened, closed, flags,
                secrecy, materials, sourceDir, version);
    }

    /** The same case as stored at another version of its register row. */
    public CaseFile withVersion(int newVersion) {
        return new CaseFile(id, category, title, parties, department, officer, opened, closed, flags,
                secrecy, materials, sourceDir, newVersion);
    }
}
