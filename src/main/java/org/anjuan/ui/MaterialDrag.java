package org.anjuan.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Rows of the material table that can be dragged onto another row: the dragged material takes the place of
 * the row it is dropped on (a line above or below that row shows where). The new order goes to
 * {@link MaterialsViewModel#move}, which saves it and puts it back if the case refuses. Rows of copies without
 * their 与原件核对无误 details get the pseudo-class {@code :flagged}.
 */
final class MaterialDrag {

    private static final DataFormat POSITION = new DataFormat("application/x-anjuan-material-position");
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");

    private MaterialDrag() {
    }

    static void install(TableView<MaterialRow> table, MaterialsViewModel viewModel, String flagged) {
        PseudoClass marked = PseudoClass.getPseudoClass(flagged);
        table.setRowFactory(t -> {
            TableRow<MaterialRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MaterialRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(marked, !empty && item != null && item.flagged());
                }
            };
            row.setOnDragDetected(e -> {
                if (row.isEmpty() || viewModel.lockedProperty().get()) {
                    return;
                }
                Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
                board.setDragView(row.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(POSITION, row.getIndex());
                board.setContent(content);
                e.consume();
            });
            row.setOnDragOver(e -> {
                Integer from = source(e, table);
                if (from != null) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    int to = target(row, table);
                    row.pseudoClassStateChanged(DROP_ABOVE, to < from);
                    row.pseudoClassStateChanged(DROP_BELOW, to > from);
                }
                e.consume();
            });
            row.setOnDragExited(e -> {
                row.pseudoClassStateChanged(DROP_ABOVE, false);
                row.pseudoClassStateChanged(DROP_BELOW, false);
            });
            row.setOnDragDropped(e -> {
                Integer from = source(e, table);
                if (from != null) {
                    viewModel.move(from, target(row, table));
                }
                e.setDropCompleted(from != null);
                e.consume();
            });
            return row;
        });
    }

    /** The dragged row's position, when the drag comes from this table. */
    private static Integer source(DragEvent e, TableView<MaterialRow> table) {
        if (!(e.getGestureSource() instanceof TableRow<?> r) || r.getTableView() != table
                || !e.getDragboard().hasContent(POSITION)) {
            return null;
        }
        return (Integer) e.getDragboard().getContent(POSITION);
    }

    /** Dropping below the last row moves the material to the end. */
    private static int target(TableRow<MaterialRow> row, TableView<MaterialRow> table) {
        return row.isEmpty() || row.getIndex() >= table.getItems().size() ? table.getItems().size() - 1 : row.getIndex();
    }
}
