package org.anjuan.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.app.ScannedReturn;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerFile;
import org.anjuan.domain.LedgerRefusal;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;

/**
 * The entry the clerk has open: its details, what still stops the visitor from signing (in Chinese, from the
 * rules), the steps that clear them — 审批, 摘抄复制审批, a lawyer's papers, 知悉范围 — then 请访客签名, which shows
 * the entry on the visitor's screen and keeps the signature (handing the volumes out), and the return of a
 * scanned volume with its page count.
 */
public final class LedgerEntryViewModel {

    private final LedgerWork work;
    private final Messages messages;
    private final LedgerText text;
    private final ReadOnlyObjectWrapper<LedgerEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ObservableList<SigningSheet.Line> details = FXCollections.observableArrayList();
    private final ObservableList<LedgerFile> files = FXCollections.observableArrayList();
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<byte[]> signature = new ReadOnlyObjectWrapper<>(this, "signature");
    private final StringProperty approver = new SimpleStringProperty(this, "approver", "");
    private final StringProperty copyApprover = new SimpleStringProperty(this, "copyApprover", "");
    private final StringProperty scopeBy = new SimpleStringProperty(this, "scopeBy", "");
    private final StringProperty scopeBasis = new SimpleStringProperty(this, "scopeBasis", "");
    private final StringProperty fileInput = new SimpleStringProperty(this, "fileInput", "");
    private final BooleanProperty authorisation = new SimpleBooleanProperty(this, "authorisation");
    private final BooleanProperty firmLetter = new SimpleBooleanProperty(this, "firmLetter");
    private final BooleanProperty licence = new SimpleBooleanProperty(this, "licence");
    private final ReadOnlyBooleanWrapper signing = new ReadOnlyBooleanWrapper(this, "signing");
    private final ReadOnlyObjectWrapper<ScannedReturn> returning = new ReadOnlyObjectWrapper<>(this, "returning");
    private final StringProperty returnCount = new SimpleStringProperty(this, "returnCount", "");
    private final StringProperty returnCondition = new SimpleStringProperty(this, "returnCondition", "");
    private final BooleanExpression editable;
    private final BooleanExpression lawyer;
    private final BooleanExpression copyAsked;
    private final BooleanExpression restricted;
    private final BooleanExpression signDisabled;
    private final BooleanExpression countDiffers;
    private final BooleanExpression returnDisabled;
    private LedgerQuestions questions;
    private Consumer<LedgerEntry> onChanged = e -> { };

    LedgerEntryViewModel(LedgerWork work, Messages messages) {
        this.work = work;
        this.messages = messages;
        this.text = new LedgerText(messages);
        editable = Bindings.createBooleanBinding(() -> entry.get() != null && !entry.get().signed(), entry);
        lawyer = Bindings.createBooleanBinding(() -> entry.get() != null
                && entry.get().visitor().category() == VisitorCategory.LAWYER, entry);
        copyAsked = Bindings.createBooleanBinding(() -> entry.get() != null && entry.get().copy() != null, entry);
        restricted = Bindings.createBooleanBinding(() -> entry.get() != null
                && entry.get().files().stream().anyMatch(f -> f.volume().restricted()), entry);
        signDisabled = editable.not().or(signing).or(Bindings.isNotEmpty(blockers))
                .or(work.tasks().busy());
        countDiffers = Bindings.createBooleanBinding(() -> {
            Integer n = count();
            return returning.get() != null && n != null && n != returning.get().expectedPages();
        }, returning, returnCount);
        returnDisabled = Bindings.createBooleanBinding(() -> returning.get() == null || count() == null
                || (countDiffers.get() && returnCondition.get().isBlank()), returning, returnCount, returnCondition,
                countDiffers);
    }

    void setQuestions(LedgerQuestions questions) {
        this.questions = questions;
    }

    void setOnChanged(Consumer<LedgerEntry> onChanged) {
        this.onChanged = onChanged;
    }

    /** Shows an entry (null: none) and reads what still stops it from being signed. */
    void show(LedgerEntry e) {
        LedgerEntry before = entry.get();
        boolean same = before != null && e != null && before.id().equals(e.id());
        entry.set(e);
        details.setAll(e == null ? List.of() : text.details(e));
        files.setAll(e == null ? List.of() : e.files());
        signature.set(e == null || !e.signed() ? null : e.signature().png());
        LawyerCredentials c = e == null ? LawyerCredentials.NONE : e.credentials();
        authorisation.set(c.authorisation());
        firmLetter.set(c.firmLetter());
        licence.set(c.licence());
        if (!same) {
            approver.set("");
            copyApprover.set("");
            scopeBy.set("");
            scopeBasis.set("");
            fileInput.set("");
            if (returning.get() != null && (e == null || !returning.get().entry().id().equals(e.id()))) {
                cancelReturn();
            }
        }
        blockers.clear();
        if (e != null && !e.signed()) {
            long id = e.id();
            work.run(d -> d.blockers(id), found -> {
                if (entry.get() != null && entry.get().id() == id) {
                    blockers.setAll(found.stream().map(text::refusal).toList());
                }
            });
        }
    }

    /** 审批: the head's approval, by the name typed. */
    public void approve() {
        act(d -> d.approve(id(), approver.get()), "ledger.ui.done.approved");
    }

    /** The archive head's approval of the 摘抄/复制 request. */
    public void approveCopy() {
        act(d -> d.approveCopy(id(), copyApprover.get()), "ledger.ui.done.copyApproved");
    }

    /** Records which of the lawyer's three papers the clerk has seen. */
    public void recordCredentials() {
        LawyerCredentials seen = new LawyerCredentials(authorisation.get(), firmLetter.get(), licence.get());
        act(d -> d.recordCredentials(id(), seen), "ledger.ui.done.credentials");
    }

    /** Records who confirmed the visitor is within the 知悉范围 of a restricted volume, and on what basis. */
    public void grantScope() {
        act(d -> d.grantScope(id(), scopeBy.get(), scopeBasis.get()), "ledger.ui.done.scope");
    }

    /** Adds a volume (typed, or a scanned cover) to the unsigned entry. */
    public void addFile() {
        String number = fileInput.get();
        if (number != null && !number.isBlank()) {
            act(d -> d.addFile(id(), number), "ledger.ui.done.fileAdded");
        }
    }

    public void removeFile(LedgerFile f) {
        if (f != null) {
            act(d -> d.removeFile(id(), f.archiveNumber()), "ledger.ui.done.fileRemoved");
        }
    }

    private void act(java.util.function.Function<LedgerDesk, LedgerEntry> step, String doneKey) {
        if (entry.get() == null) {
            return;
        }
        work.run(step, e -> {
            work.say(messages.text(doneKey, e.kind().label(), e.seq()));
            changed(e);
        });
    }

    /**
     * 请访客签名: checks the rules once more, then shows the entry with its due date on the visitor's screen. The
     * confirmed signature is kept with the entry, which hands the volumes out; leaving without signing changes
     * nothing.
     */
    public void requestSignature() {
        LedgerEntry e = entry.get();
        if (e == null || e.signed() || signing.get() || questions == null) {
            return;
        }
        long id = e.id();
        signing.set(true);
        work.run(d -> new Prepared(d.get(id), d.blockers(id), d.loanPeriods().due(e.kind(), e.visitor().category(),
                d.today())), p -> {
            if (!p.blockers().isEmpty()) {
                signing.set(false);
                blockers.setAll(p.blockers().stream().map(text::refusal).toList());
                work.refuse(text.refusal(p.blockers().get(0)));
                return;
            }
            work.say(messages.text("ledger.ui.signing", p.entry().visitor().name()));
            questions.sign(text.signingSheet(p.entry(), p.due()), png -> keepSignature(id, png), () -> {
                signing.set(false);
                work.say(messages.text("ledger.ui.notSigned"));
            });
        }, x -> signing.set(false));
    }

    private record Prepared(LedgerEntry entry, List<LedgerRefusal> blockers, LocalDate due) {
    }

    private void keepSignature(long id, byte[] png) {
        work.run(d -> d.sign(id, png), e -> {
            signing.set(false);
            work.say(messages.text("ledger.ui.done.signed", e.visitor().name(), e.files().size(),
                    org.anjuan.domain.ChineseDate.day(e.dueDate())));
            changed(e);
        }, x -> signing.set(false));
    }

    /** A scanned cover found its open entry: the clerk now counts the pages. */
    void startReturn(ScannedReturn hit) {
        returning.set(hit);
        returnCount.set("");
        returnCondition.set("");
    }

    /** 确认归还: the count (and, when it differs from the volume's pages, what differs) goes into the register. */
    public void confirmReturn() {
        ScannedReturn hit = returning.get();
        Integer counted = count();
        if (hit == null || counted == null) {
            return;
        }
        String condition = returnCondition.get();
        work.run(d -> d.returnFile(hit.entry().id(), hit.file().archiveNumber(), counted, condition), e -> {
            returning.set(null);
            LedgerFile back = e.file(hit.file().archiveNumber()).orElse(hit.file());
            work.say(messages.text("ledger.ui.done.returned", back.archiveNumber(), back.pagesCounted(),
                    back.condition()));
            changed(e);
        });
    }

    public void cancelReturn() {
        returning.set(null);
        returnCount.set("");
        returnCondition.set("");
    }

    private Integer count() {
        String s = returnCount.get() == null ? "" : returnCount.get().strip();
        if (!s.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(s);
    }

    /** The parent puts the changed entry in its list and selects it, which shows it here again. */
    private void changed(LedgerEntry e) {
        onChanged.accept(e);
    }

    private long id() {
        return entry.get().id();
    }

    /** 应有 120 页 — the volume's pages, for the clerk to count against. */
    public String expectedText() {
        ScannedReturn hit = returning.get();
        return hit == null ? "" : messages.text("ledger.ui.return.expected", hit.file().archiveNumber(),
                hit.expectedPages(), hit.entry().visitor().name(), hit.entry().kind().label(), hit.entry().seq());
    }

    public ReadOnlyObjectProperty<LedgerEntry> entryProperty() { return entry.getReadOnlyProperty(); }

    public ObservableList<SigningSheet.Line> details() { return details; }

    public ObservableList<LedgerFile> files() { return files; }

    /** What still stops the visitor from signing, in Chinese; empty when nothing does. */
    public ObservableList<String> blockers() { return blockers; }

    /** The kept signature as PNG, or null before signing. */
    public ReadOnlyObjectProperty<byte[]> signatureProperty() { return signature.getReadOnlyProperty(); }

    public StringProperty approverProperty() { return approver; }

    public StringProperty copyApproverProperty() { return copyApprover; }

    public StringProperty scopeByProperty() { return scopeBy; }

    public StringProperty scopeBasisProperty() { return scopeBasis; }

    public StringProperty fileInputProperty() { return fileInput; }

    public BooleanProperty authorisationProperty() { return authorisation; }

    public BooleanProperty firmLetterProperty() { return firmLetter; }

    public BooleanProperty licenceProperty() { return licence; }

    public ReadOnlyBooleanProperty signingProperty() { return signing.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ScannedReturn> returningProperty() { return returning.getReadOnlyProperty(); }

    public StringProperty returnCountProperty() { return returnCount; }

    public StringProperty returnConditionProperty() { return returnCondition; }

    /** Before signing the entry can still be approved and its volumes changed; after, never. */
    public BooleanExpression editable() { return editable; }

    public BooleanExpression lawyer() { return lawyer; }

    public BooleanExpression copyAsked() { return copyAsked; }

    public BooleanExpression restricted() { return restricted; }

    public BooleanExpression signDisabled() { return signDisabled; }

    /** The pages counted differ from the volume's: the condition must say what differs. */
    public BooleanExpression countDiffers() { return countDiffers; }

    public BooleanExpression returnDisabled() { return returnDisabled; }
}
