package org.anjuan.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the lending or consultation register (档案借阅/查阅登记, 第十八条、第十九条; SPEC §9): who came, for
 * which volumes and why, who approved, what a lawyer showed, the visitor's signature, the due date and each
 * volume's return. Once signed, everything up to the signature is fixed; only the returns are added.
 *
 * @param seq          序号 in the register of its kind and year
 * @param registeredAt 登记时间
 * @param purpose      借阅事由 / 利用目的
 * @param copy         摘抄/复制 asked for, or null
 * @param approval     the head's approval (第十九条) or, for a visitor, the approval to consult; null until given
 * @param copyApproval the archive head's approval of {@code copy}; null until given
 * @param scope        the 知悉范围 confirmation for a restricted volume, or null
 * @param dueDate      应还日期, set when the files are handed out at signing
 * @param handedOutAt  when the visitor signed and took the files
 * @param clerk        经手人 / 接待人
 */
public record LedgerEntry(Long id, int seq, LedgerKind kind, LocalDateTime registeredAt, Visitor visitor,
                          List<LedgerFile> files, String purpose, CopyRequest copy, Approval approval,
                          Approval copyApproval, LawyerCredentials credentials, ScopeGrant scope, LocalDate dueDate,
                          LocalDateTime handedOutAt, String clerk, Signature signature, String remarks) {

    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(visitor, "visitor");
        files = List.copyOf(files);
        credentials = credentials == null ? LawyerCredentials.NONE : credentials;
    }

    public boolean signed() {
        return signature != null;
    }

    public LedgerStatus status() {
        if (!signed()) {
            return LedgerStatus.REGISTERED;
        }
        return !files.isEmpty() && files.stream().allMatch(LedgerFile::returned) ? LedgerStatus.RETURNED
                : LedgerStatus.OUT;
    }

    /** Signed and not everything back yet. */
    public boolean open() {
        return status() == LedgerStatus.OUT;
    }

    /** Out past its due date (the due day itself is still in time). */
    public boolean overdue(LocalDate today) {
        return open() && dueDate != null && today.isAfter(dueDate);
    }

    /** The volume with this archive number, if the entry has it. */
    public Optional<LedgerFile> file(String archiveNumber) {
        return files.stream().filter(f -> f.archiveNumber().equals(archiveNumber)).findFirst();
    }

    public LocalDateTime returnedAt() {
        return status() != LedgerStatus.RETURNED ? null : files.stream().map(LedgerFile::returnedAt)
                .max(LocalDateTime::compareTo).orElse(null);
    }
}
