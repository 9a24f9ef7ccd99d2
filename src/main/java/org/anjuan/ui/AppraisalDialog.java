package org.anjuan.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.anjuan.i18n.Messages;

/** The 到期鉴定 window (AppraisalDialog.fxml), bound to the {@link AppraisalViewModel}. */
public final class AppraisalDialog {

    /** Up to a year and a half ahead: appraisal is planned for the coming year. */
    private static final int MAX_DAYS = 550;
    private static final Pattern TYPED_DATE = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})\\D*");

    @FXML private DatePicker appraisalAsOf;
    @FXML private Spinner<Integer> appraisalWithin;
    @FXML private TableView<AppraisalRow> appraisalTable;
    @FXML private TableColumn<AppraisalRow, String> appraisalNumberColumn;
    @FXML private TableColumn<AppraisalRow, String> appraisalTitleColumn;
    @FXML private TableColumn<AppraisalRow, String> appraisalPeriodColumn;
    @FXML private TableColumn<AppraisalRow, String> appraisalYearColumn;
    @FXML private TableColumn<AppraisalRow, String> appraisalExpiryColumn;
    @FXML private TableColumn<AppraisalRow, String> appraisalBoxColumn;
    @FXML private Label appraisalSummary;

    private final AppraisalViewModel viewModel;
    private final DateText dates;
    // bound both ways to the spinner's value: kept here, or the binding would be collected
    private ObjectProperty<Integer> within;
    private Stage stage;

    private AppraisalDialog(AppraisalViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.dates = new DateText(messages);
    }

    /** Builds the window over {@code owner}; it shows and hides itself with the view model. */
    static AppraisalDialog create(AppraisalViewModel viewModel, Messages messages, Window owner) {
        AppraisalDialog dialog = new AppraisalDialog(viewModel, messages);
        Stage stage = DialogStage.following(dialog, "AppraisalDialog.fxml", messages, owner, "appraisal.title",
                viewModel.showingProperty(), viewModel::close);
        stage.setOnHidden(e -> viewModel.close()); // also when it hides itself (关闭)
        dialog.stage = stage;
        return dialog;
    }

    void show() {
        DialogStage.bringUp(stage);
    }

    @FXML
    private void initialize() {
        appraisalAsOf.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.format(date);
            }

            /** 2024年1月5日, 2024-01-05 or 2024/1/5; anything else keeps the day shown. */
            @Override
            public LocalDate fromString(String text) {
                Matcher m = TYPED_DATE.matcher(text == null ? "" : text.strip());
                try {
                    return m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))) : appraisalAsOf.getValue();
                } catch (DateTimeException e) {
                    return appraisalAsOf.getValue();
                }
            }
        });
        appraisalAsOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory days =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, MAX_DAYS, 0, 30);
        days.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            /** Whole days typed by the clerk; anything else keeps the days shown. */
            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                return t.matches("\\d{1,4}") ? Integer.valueOf(t) : days.getValue();
            }
        });
        appraisalWithin.setValueFactory(days);
        within = viewModel.withinProperty().asObject();
        appraisalWithin.getValueFactory().valueProperty().bindBidirectional(within);
        Cells.text(appraisalNumberColumn, AppraisalRow::number);
        Cells.text(appraisalTitleColumn, AppraisalRow::title);
        Cells.text(appraisalPeriodColumn, AppraisalRow::period);
        Cells.text(appraisalYearColumn, AppraisalRow::archiveYear);
        Cells.text(appraisalExpiryColumn, AppraisalRow::expiry);
        Cells.text(appraisalBoxColumn, AppraisalRow::box);
        appraisalTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        appraisalTable.setItems(viewModel.rows());
        appraisalSummary.textProperty().bind(viewModel.summaryProperty());
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
