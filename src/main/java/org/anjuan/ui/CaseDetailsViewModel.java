package org.anjuan.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.anjuan.domain.CaseFile;
import org.anjuan.i18n.Messages;

/**
 * The selected case as the details pane shows it: one text property per line. Its materials are in
 * {@link MaterialsViewModel}.
 */
public final class CaseDetailsViewModel {

    private final CaseDetailsText text;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper category = new ReadOnlyStringWrapper(this, "category", "");
    private final ReadOnlyStringWrapper parties = new ReadOnlyStringWrapper(this, "parties", "");
    private final ReadOnlyStringWrapper handling = new ReadOnlyStringWrapper(this, "handling", "");
    private final ReadOnlyStringWrapper dateLine = new ReadOnlyStringWrapper(this, "dates", "");
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper(this, "flags", "");
    private final ReadOnlyStringWrapper secrecy = new ReadOnlyStringWrapper(this, "secrecy", "");
    private final ReadOnlyStringWrapper retention = new ReadOnlyStringWrapper(this, "retention", "");
    private final ReadOnlyStringWrapper numbers = new ReadOnlyStringWrapper(this, "numbers", "");
    private final ReadOnlyStringWrapper lock = new ReadOnlyStringWrapper(this, "lock", "");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final Messages messages;
    private Runnable onSupplement = () -> { };
    /** 音像资料… and 关联原案…: off while the window is busy or no case is selected. */
    private final BooleanProperty avRecordsDisabled = new SimpleBooleanProperty(this, "avRecordsDisabled", true);
    private Runnable onAvRecords = () -> { };
    private Consumer<String> onLinkRedone = original -> { };
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper(this, "expiry", "");
    private final ReadOnlyStringWrapper links = new ReadOnlyStringWrapper(this, "links", "");

    public CaseDetailsViewModel(Messages messages) {
        this.text = new CaseDetailsText(messages, new DateText(messages));
        this.messages = messages;
    }

    void show(CaseDetails d, LocalDate today) {
        CaseFile c = d.file();
        title.set(c.title());
        category.set(c.category().label());
        parties.set(text.parties(c));
        handling.set(text.handling(c));
        dateLine.set(text.dates(d, today));
        flags.set(text.flags(c));
        secrecy.set(text.secrecy(c.secrecy()));
        retention.set(text.retention(d.retention()));
        numbers.set(text.numbers(d.numbers()));
        // a case with archive numbers in force is bound: 第九条 locks it
        locked.set(d.numbers().stream().anyMatch(n -> !n.voided()));
        lock.set(messages.text(locked.get() ? "details.locked" : "details.unlocked"));
        expiry.set(text.expiry(d));
        links.set(text.links(d));
        shown.set(true);
    }

    void clear() {
        shown.set(false);
        locked.set(false);
        for (ReadOnlyStringWrapper p : new ReadOnlyStringWrapper[] {title, category, parties, handling, dateLine,
                flags, secrecy, retention, numbers, lock, expiry, links}) {
            p.set("");
        }
    }

    /** 增补/补正…: asks the window to open the supplement dialog for this case. */
    public void requestSupplement() {
        if (locked.get()) {
            onSupplement.run();
        }
    }

    void setOnSupplement(Runnable onSupplement) {
        this.onSupplement = onSupplement;
    }

    /** 已锁定 (bound, 第九条) or not yet locked. */
    public ReadOnlyStringProperty lockProperty() { return lock.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty lockedProperty() { return locked.getReadOnlyProperty(); }

    void setOnLinkRedone(Consumer<String> action) {
        this.onLinkRedone = action;
    }

    /** 关联原案…: links this case to the revoked original named by case id or archive number (第九条). */
    public void linkRedone(String original) {
        if (!avRecordsDisabled.get()) {
            onLinkRedone.accept(original);
        }
    }

    void setOnAvRecords(Runnable action) {
        this.onAvRecords = action;
    }

    public void openAvRecords() {
        if (!avRecordsDisabled.get()) {
            onAvRecords.run();
        }
    }

    public BooleanProperty avRecordsDisabledProperty() { return avRecordsDisabled; }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public ReadOnlyStringProperty categoryProperty() { return category.getReadOnlyProperty(); }

    public ReadOnlyStringProperty partiesProperty() { return parties.getReadOnlyProperty(); }

    public ReadOnlyStringProperty handlingProperty() { return handling.getReadOnlyProperty(); }

    public ReadOnlyStringProperty datesProperty() { return dateLine.getReadOnlyProperty(); }

    public ReadOnlyStringProperty flagsProperty() { return flags.getReadOnlyProperty(); }

    public ReadOnlyStringProperty secrecyProperty() { return secrecy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty retentionProperty() { return retention.getReadOnlyProperty(); }

    public ReadOnlyStringProperty numbersProperty() { return numbers.getReadOnlyProperty(); }

    /** 保管期限届满: the end of a bound file's retention period, 永久保存, or that it is not filed yet. */
    public ReadOnlyStringProperty expiryProperty() { return expiry.getReadOnlyProperty(); }

    /** 撤销重作 (第九条): the original this case makes anew and the cases that make it anew, or 无. */
    public ReadOnlyStringProperty linksProperty() { return links.getReadOnlyProperty(); }
}
