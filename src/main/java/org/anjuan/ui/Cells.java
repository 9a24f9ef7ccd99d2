package org.anjuan.ui;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Column values and cells shared by the tables: dates in the clerk's style, long texts with a tooltip. */
final class Cells {

    private Cells() {
    }

    /** The column shows {@code value} of each row's item. */
    static <S, T> void value(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** A text column whose cells show their full text as a tooltip, for titles and party lists. */
    static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        value(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    /** A date column that sorts by date and shows 2023年5月4日. */
    static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> value, DateText dates) {
        value(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : dates.format(item));
            }
        });
    }

    /** Rows for which {@code test} holds get the CSS pseudo-class {@code :name}. */
    static <S> void markRows(TableView<S> table, String name, Predicate<S> test) {
        PseudoClass marked = PseudoClass.getPseudoClass(name);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(marked, !empty && item != null && test.test(item));
            }
        });
    }
}
