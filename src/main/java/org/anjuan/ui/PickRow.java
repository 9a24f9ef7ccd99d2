package org.anjuan.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A line the clerk ticks: a volume, a box or a form in the print centre. */
public final class PickRow<T> {

    private final T item;
    private final BooleanProperty picked = new SimpleBooleanProperty(this, "picked");

    PickRow(T item, boolean picked) {
        this.item = item;
        this.picked.set(picked);
    }

    public T item() {
        return item;
    }

    public BooleanProperty pickedProperty() {
        return picked;
    }

    public boolean picked() {
        return picked.get();
    }
}
