package org.anjuan.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anjuan.app.LedgerRequest;
import org.anjuan.domain.CopyRequest;
import org.anjuan.domain.LawyerCredentials;
import org.anjuan.domain.LedgerEntry;
import org.anjuan.domain.LedgerKind;
import org.anjuan.domain.LedgerVolume;
import org.anjuan.domain.Visitor;
import org.anjuan.domain.VisitorCategory;
import org.anjuan.i18n.Messages;

/**
 * The 新登记 form: the kind (查阅 unless the clerk picks 借阅), the visitor, the volumes (typed, or a cover scanned
 * while the form is showing), the purpose, a 摘抄/复制 request, a lawyer's papers as seen, remarks. 登记 sends it to
 * the register; the service's refusals come back in Chinese and the form keeps what was typed.
 */
public final class LedgerFormViewModel {

    private final LedgerWork desks;
    private final Messages messages;
    private final ObjectProperty<LedgerKind> kind = new SimpleObjectProperty<>(this, "kind",
            LedgerKind.CONSULTATION);
    private final ObjectProperty<VisitorCategory> category = new SimpleObjectProperty<>(this, "category",
            VisitorCategory.PARTY);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final StringProperty idType = new SimpleStringProperty(this, "idType", "");
    private final StringProperty idNumber = new SimpleStringProperty(this, "idNumber", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty fileInput = new SimpleStringProperty(this, "fileInput", "");
    private final ObservableList<LedgerVolume> files = FXCollections.observableArrayList();
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final StringProperty copyPages = new SimpleStringProperty(this, "copyPages", "");
    private final StringProperty copyPurpose = new SimpleStringProperty(this, "copyPurpose", "");
    private final BooleanProperty authorisation = new SimpleBooleanProperty(this, "authorisation");
    private final BooleanProperty firmLetter = new SimpleBooleanProperty(this, "firmLetter");
    private final BooleanProperty licence = new SimpleBooleanProperty(this, "licence");
    private final StringProperty remarks = new SimpleStringProperty(this, "remarks", "");
    private final BooleanExpression lawyer = Bindings.equal(category, VisitorCategory.LAWYER);
    private Consumer<LedgerEntry> onRegistered = e -> { };

    LedgerFormViewModel(LedgerWork desks, Messages messages) {
        this.desks = desks;
        this.messages = messages;
    }

    void setOnRegistered(Consumer<LedgerEntry> onRegistered) {
        this.onRegistered = onRegistered;
    }

    /** Adds the volume typed in the files field (Enter or 添加). */
    public void addTypedFile() {
        String text = fileInput.get();
        if (text != null && !text.isBlank()) {
            addFile(text);
        }
    }

    /** Adds the volume a scanned cover (or typed number) names; refused when unknown or already listed. */
    public void addFile(String scannedOrTyped) {
        desks.run(d -> d.volume(scannedOrTyped), v -> {
            if (files.stream().anyMatch(f -> f.archiveNumber().equals(v.archiveNumber()))) {
                desks.refuse(messages.text("ledger.ui.form.fileTwice", v.archiveNumber()));
                return;
            }
            files.add(v);
            fileInput.set("");
            desks.say(messages.text("ledger.ui.form.fileAdded", v.archiveNumber(), v.pages()));
        });
    }

    public void removeFile(LedgerVolume v) {
        files.remove(v);
    }

    /** 登记: the entry goes into the register, then (for a lawyer) the papers seen are recorded with it. */
    public void register() {
        LedgerRequest request = new LedgerRequest(kind.get(), new Visitor(name.get(), unit.get(), category.get(),
                idType.get(), idNumber.get(), phone.get()), files.stream().map(LedgerVolume::archiveNumber).toList(),
                purpose.get(), new CopyRequest(copyPages.get(), copyPurpose.get()), remarks.get());
        LawyerCredentials seen = new LawyerCredentials(authorisation.get(), firmLetter.get(), licence.get());
        boolean isLawyer = category.get() == VisitorCategory.LAWYER;
        desks.run(d -> {
            LedgerEntry e = d.register(request);
            return isLawyer ? d.recordCredentials(e.id(), seen) : e;
        }, e -> {
            clear();
            desks.say(messages.text("ledger.ui.form.registered", e.kind().label(), e.seq(), e.visitor().name()));
            onRegistered.accept(e);
        });
    }

    /** Empties the form for the next visitor (查阅, 当事人). */
    public void clear() {
        kind.set(LedgerKind.CONSULTATION);
        category.set(VisitorCategory.PARTY);
        for (StringProperty p : List.of(name, unit, idType, idNumber, phone, fileInput, purpose, copyPages,
                copyPurpose, remarks)) {
            p.set("");
        }
        files.clear();
        authorisation.set(false);
        firmLetter.set(false);
        licence.set(false);
    }

    public ObjectProperty<LedgerKind> kindProperty() { return kind; }

    public ObjectProperty<VisitorCategory> categoryProperty() { return category; }

    public StringProperty nameProperty() { return name; }

    public StringProperty unitProperty() { return unit; }

    public StringProperty idTypeProperty() { return idType; }

    public StringProperty idNumberProperty() { return idNumber; }

    public StringProperty phoneProperty() { return phone; }

    public StringProperty fileInputProperty() { return fileInput; }

    public ObservableList<LedgerVolume> files() { return files; }

    public StringProperty purposeProperty() { return purpose; }

    public StringProperty copyPagesProperty() { return copyPages; }

    public StringProperty copyPurposeProperty() { return copyPurpose; }

    public BooleanProperty authorisationProperty() { return authorisation; }

    public BooleanProperty firmLetterProperty() { return firmLetter; }

    public BooleanProperty licenceProperty() { return licence; }

    public StringProperty remarksProperty() { return remarks; }

    /** The lawyer's papers show only for a lawyer. */
    public BooleanExpression lawyer() { return lawyer; }
}
