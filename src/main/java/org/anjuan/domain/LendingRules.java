package org.anjuan.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the lending and consultation register (第七条、第十七条、第十八条、第十九条; SPEC §9), each refusal
 * with its key and article. The service asks them at each step; the store keeps the last word on what it alone
 * can see (a volume taken out by another workstation at the same moment, a signed entry).
 *
 * <p>Who may see a restricted volume (副卷, a secret case, a case with a limited 知悉范围): internal staff and staff of
 * other agencies on official business (上级机关、监督机关), and only once the entry records who confirmed that this
 * person is within the 知悉范围 and on what basis. Parties, lawyers and others never see one.
 */
public final class LendingRules {

    /** Categories that may be let within a restricted volume's 知悉范围. */
    private static final Set<VisitorCategory> MAY_BE_IN_SCOPE =
            EnumSet.of(VisitorCategory.INTERNAL_STAFF, VisitorCategory.OTHER_AGENCY);

    private LendingRules() {
    }

    /** 借阅 (taking a file out) is for internal staff only; everyone else consults in the archive (第十九条). */
    public static Optional<LedgerRefusal> kindAllowed(LedgerKind kind, Visitor visitor) {
        if (kind == LedgerKind.LENDING && visitor.category() != VisitorCategory.INTERNAL_STAFF) {
            return refusal("ledger.refuse.lendingInternalOnly", "第十九条", visitor.category().label());
        }
        return Optional.empty();
    }

    /** A restricted volume is never shown to a party, a lawyer or an other visitor (第七条、第十七条). */
    public static Optional<LedgerRefusal> mayRequest(Visitor visitor, LedgerVolume volume) {
        if (volume.restricted() && !MAY_BE_IN_SCOPE.contains(visitor.category())) {
            return refusal("ledger.refuse.restricted.category", "第七条、第十七条", volume.archiveNumber(),
                    volume.restriction(), visitor.category().label());
        }
        return Optional.empty();
    }

    /**
     * Everything that still stops the visitor from signing and taking the files, in the order a clerk deals with
     * them; empty when the entry may be signed.
     *
     * @param heldElsewhere the other open entries holding a volume, by archive number
     */
    public static List<LedgerRefusal> beforeSigning(LedgerEntry e, Map<String, LedgerEntry> heldElsewhere) {
        List<LedgerRefusal> found = new ArrayList<>();
        if (e.signed()) {
            found.add(signed(e));
            return found;
        }
        kindAllowed(e.kind(), e.visitor()).ifPresent(found::add);
        if (e.files().isEmpty()) {
            found.add(refusal("ledger.refuse.noFiles", "第十九条").orElseThrow());
        }
        if (e.approval() == null) {
            found.add(e.visitor().category() == VisitorCategory.INTERNAL_STAFF
                    ? refusal("ledger.refuse.approval.internal", "第十九条").orElseThrow()
                    : refusal("ledger.refuse.approval.visitor", "第十八条",
                            e.visitor().category().label()).orElseThrow());
        }
        if (e.visitor().category() == VisitorCategory.LAWYER && !e.credentials().complete()) {
            found.add(refusal("ledger.refuse.lawyer.credentials", "第十八条",
                    String.join("、", e.credentials().missing())).orElseThrow());
        }
        if (e.copy() != null) {
            if (!e.copy().hasPurpose()) {
                found.add(refusal("ledger.refuse.copy.purpose", "第十八条").orElseThrow());
            }
            if (e.copyApproval() == null) {
                found.add(refusal("ledger.refuse.copy.approval", "第十八条").orElseThrow());
            }
        }
        for (LedgerFile f : e.files()) {
            LedgerVolume v = f.volume();
            mayRequest(e.visitor(), v).ifPresent(found::add);
            if (v.restricted() && MAY_BE_IN_SCOPE.contains(e.visitor().category()) && e.scope() == null) {
                found.add(refusal("ledger.refuse.restricted.scope", "第七条、第十七条", v.archiveNumber(),
                        v.restriction()).orElseThrow());
            }
            LedgerEntry holder = heldElsewhere.get(v.archiveNumber());
            if (holder != null && !holder.id().equals(e.id())) {
                found.add(alreadyOut(v.archiveNumber(), holder));
            }
        }
        return found;
    }

    /** The volume is with someone else (an open entry that has not returned it); it cannot go out again. */
    public static LedgerRefusal alreadyOut(String archiveNumber, LedgerEntry holder) {
        return refusal("ledger.refuse.alreadyOut", "第十九条", archiveNumber, holder.visitor().name(),
                holder.kind().label(), Integer.toString(holder.seq()), ChineseDate.time(holder.handedOutAt()))
                .orElseThrow();
    }

    /** A signed entry is the visitor's word: nothing before the signature changes, and the signature stays. */
    public static Optional<LedgerRefusal> changeable(LedgerEntry e) {
        return e.signed() ? Optional.of(signed(e)) : Optional.empty();
    }

    /**
     * A returned volume is counted page by page with the visitor present; when the count differs from the volume's
     * pages, the clerk writes what differs (缺页, 损坏…) as its condition, or the return is not taken.
     */
    public static Optional<LedgerRefusal> onReturn(LedgerEntry e, LedgerFile f, int pagesCounted, String condition) {
        if (!e.signed()) {
            return refusal("ledger.refuse.return.notOut", "第十九条", f.archiveNumber());
        }
        if (f.returned()) {
            return refusal("ledger.refuse.return.already", "第十九条", f.archiveNumber(),
                    ChineseDate.time(f.returnedAt()));
        }
        if (pagesCounted < 0) {
            return refusal("ledger.refuse.return.count", "第十九条", Integer.toString(pagesCounted));
        }
        if (pagesCounted != f.volume().pages() && (condition == null || condition.isBlank())) {
            return refusal("ledger.refuse.return.pages", "第九条", f.archiveNumber(), Integer.toString(pagesCounted),
                    Integer.toString(f.volume().pages()));
        }
        return Optional.empty();
    }

    private static LedgerRefusal signed(LedgerEntry e) {
        return refusal("ledger.refuse.signed", "第九条", e.kind().label(), Integer.toString(e.seq()),
                e.visitor().name()).orElseThrow();
    }

    private static Optional<LedgerRefusal> refusal(String key, String article, String... args) {
        return Optional.of(new LedgerRefusal(key, article, List.of(args)));
    }
}
