package org.anjuan.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.anjuan.domain.Finding;

/** One finding of the acceptance check in the dialog: ticked to let it through (放行), with the clerk's note. */
public final class FindingRow {

    private final Finding finding;
    private final BooleanProperty waived = new SimpleBooleanProperty(this, "waived");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    FindingRow(Finding finding) {
        this.finding = finding;
        if (!finding.open()) {
            waived.set(true);
            note.set(finding.waiver());
        }
    }

    /** Takes over the tick and note the clerk gave the same finding before a new check (null: none). */
    void keep(FindingRow earlier) {
        if (earlier != null && !waived.get()) {
            waived.set(earlier.waived.get());
            note.set(earlier.note.get());
        }
    }

    public int no() {
        return finding.no();
    }

    public String text() {
        return finding.text();
    }

    public BooleanProperty waivedProperty() {
        return waived;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
