package org.anjuan.ui;

import java.time.LocalDate;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.anjuan.i18n.Messages;

/** The filing-deadline column: sorts by date; an overdue case reads "2023年6月19日 逾期", styled as a warning. */
final class RegisterColumns {

    static final String OVERDUE = "overdue";

    private RegisterColumns() {
    }

    static void deadline(TableColumn<RegisterRow, RegisterRow> column, DateText dates, Messages messages) {
        Cells.value(column, row -> row);
        column.setComparator((a, b) -> a.deadline().compareTo(b.deadline()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RegisterRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(OVERDUE);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                LocalDate deadline = row.deadline();
                if (row.overdue()) {
                    getStyleClass().add(OVERDUE);
                    setText(messages.text("register.deadline.overdue", dates.format(deadline)));
                } else {
                    setText(dates.format(deadline));
                }
            }
        });
    }
}
