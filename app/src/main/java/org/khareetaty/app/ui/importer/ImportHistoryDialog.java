package org.khareetaty.app.ui.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.etl.ImportUndo;
import org.khareetaty.core.store.ImportHistory;

/**
 * File > Import history: every import of the store (file, when, where its rows went, its state, and
 * who undid it), newest first, and Undo for a complete import, as {@code khareetaty import undo ID}
 * does, after a confirmation that names what goes; the window draws the map and KPIs again after.
 */
public final class ImportHistoryDialog {
    /** The confirmation's button that undoes the import. */
    public static final ButtonType UNDO =
            new ButtonType(Messages.text("history.undo.button"), ButtonBar.ButtonData.OK_DONE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Stage stage = new Stage();
    private final StoreTasks tasks;
    private final Runnable undone;
    private final TableView<ImportHistory.Entry> table = new TableView<>();
    private final Button undo = new Button(Messages.text("history.undo"));
    private final Label status = new Label();

    /**
     * @param owner  the window
     * @param undone runs after an import was undone (the window draws its map again)
     */
    public ImportHistoryDialog(Window owner, StoreTasks tasks, Runnable undone) {
        this.tasks = tasks;
        this.undone = undone;
        stage.initOwner(owner);
        stage.setTitle(Messages.text("history.title"));
        table.setId("history-table");
        undo.setId("history-undo");
        status.setId("history-status");
        LineBreaks.wrap(status);
        column("#", e -> Long.toString(e.id()), 40);
        column(
                Messages.text("history.column.file"),
                e -> Path.of(e.file()).getFileName().toString(),
                230);
        column(Messages.text("history.column.started"), e -> time(e.started()), 120);
        column(Messages.text("history.column.state"), ImportHistoryDialog::state, 200);
        column(Messages.text("history.column.read"), e -> count(e.read()), 80);
        column(Messages.text("history.column.loaded"), e -> count(e.loaded()), 80);
        column(Messages.text("history.column.rejected"), e -> count(e.rejected()), 70);
        column(Messages.text("history.column.duplicates"), e -> count(e.duplicates()), 80);
        column(Messages.text("history.column.profile"), ImportHistory.Entry::profile, 90);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        undo.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> {
                            var e = table.getSelectionModel().getSelectedItem();
                            return e == null || !e.undoable();
                        },
                        table.getSelectionModel().selectedItemProperty()));
        undo.setOnAction(e -> {
            var entry = table.getSelectionModel().getSelectedItem();
            if (entry != null && confirm(entry)) {
                undo(entry);
            }
        });
        Button close = new Button(Messages.text("button.close"));
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, undo, status, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8));
        Label note = new Label(Messages.text("history.note"));
        LineBreaks.wrap(note);
        note.getStyleClass().add("hint");
        BorderPane root = new BorderPane(table, note, null, buttons, null);
        BorderPane.setMargin(note, new Insets(8));
        Scene scene = new Scene(root, 1120, 420);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        refresh();
    }

    public void show() {
        stage.show();
    }

    /** The dialog's window (tests). */
    public Stage stage() {
        return stage;
    }

    /** The imports listed, newest first (tests). */
    public List<ImportHistory.Entry> entries() {
        return List.copyOf(table.getItems());
    }

    /** Selects the import {@code id} in the table (tests; a click does the same). */
    public void select(long id) {
        table.getItems().stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .ifPresent(e -> table.getSelectionModel().select(e));
    }

    private void refresh() {
        tasks.submit("the import history", () -> ImportHistory.of(tasks.store()), list -> {
            Long selected = table.getSelectionModel().getSelectedItem() == null
                    ? null
                    : table.getSelectionModel().getSelectedItem().id();
            List<ImportHistory.Entry> newestFirst = new java.util.ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            table.getItems().setAll(newestFirst);
            if (selected != null) {
                select(selected);
            }
        });
    }

    /** Undo is final: asks first, naming the import and what it loaded. */
    private boolean confirm(ImportHistory.Entry e) {
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                Messages.text("history.undo.confirm", e.loaded(), e.rejected(), e.duplicates(), actor()),
                UNDO,
                ButtonType.CANCEL);
        ask.initOwner(stage);
        org.khareetaty.app.ui.i18n.DialogButtons.translate(ask.getDialogPane());
        ask.setTitle(Messages.text("history.undo.title"));
        ask.setHeaderText(
                Messages.text("history.undo.header", e.id(), Path.of(e.file()).getFileName()));
        ask.getDialogPane().setId("undo-confirm");
        return ask.showAndWait().filter(UNDO::equals).isPresent();
    }

    private void undo(ImportHistory.Entry e) {
        status.setText(Messages.text("history.undoing", e.id()));
        status.getStyleClass().remove("error");
        tasks.submit(
                "undo of import #" + e.id(),
                () -> ImportUndo.undo(tasks.store(), e.id(), actor()),
                u -> {
                    status.setText(Messages.text("history.undone", u.importId(), u.incidents()));
                    refresh();
                    undone.run();
                },
                x -> {
                    status.setText(x.getMessage());
                    status.getStyleClass().add("error");
                });
    }

    private static String actor() {
        return System.getProperty("user.name");
    }

    private static String state(ImportHistory.Entry e) {
        if (e.undoneAt() != null) {
            return Messages.text("history.state.undone", time(e.undoneAt()), e.undoneBy());
        }
        return e.message() == null || "complete".equals(e.status()) ? e.status() : e.status() + ": " + e.message();
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private void column(String title, Function<ImportHistory.Entry, String> value, double width) {
        TableColumn<ImportHistory.Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }
}
