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
