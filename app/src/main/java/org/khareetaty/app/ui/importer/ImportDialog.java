package org.khareetaty.app.ui.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.RejectedRows;

/**
 * Imports an incident file from the window: choose the file, look at its first rows with the
 * profile detected (or map the columns of an unknown CSV), import with a progress bar and Cancel,
 * then read the summary and the rejected rows, which can be exported for the records clerk.
 */
public final class ImportDialog {
    private final Stage stage = new Stage();
    private final StoreTasks tasks;
    private final Runnable imported;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label(Messages.text("import.choose.heading"));
    private final Button choose = new Button(Messages.text("import.choose"));
    private final Button start = new Button(Messages.text("import.start"));
    private final Button cancel = new Button(Messages.text("button.cancel"));
    private final Button close = new Button(Messages.text("button.close"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private FilePreview preview;
    private MappingForm mapping;
    private ImportResult result;
    private Task<ImportResult> running;
    /**
     * @param owner    the window
     * @param imported runs after a successful import (the window refreshes its scope)
     */
    public ImportDialog(Window owner, StoreTasks tasks, Runnable imported) {
        this.tasks = tasks;
        this.imported = imported;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("import.title"));
        heading.getStyleClass().add("section-title");
        heading.setId("import-heading");
        LineBreaks.wrap(heading);
        choose.setId("import-choose");
        start.setId("import-start");
        cancel.setId("import-cancel");
        close.setId("import-close");
        start.setDisable(true);
        start.setDefaultButton(true);
        cancel.setDisable(true);
        progress.setPrefWidth(300);
        progress.setVisible(false);
        progressText.setId("import-progress");
        choose.setOnAction(e -> chooseFile());
        start.setOnAction(e -> startImport());
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel(false);
            }
        });
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, choose, progress, progressText, gap, start, cancel, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8));
        root.setTop(new VBox(heading));
        BorderPane.setMargin(root.getTop(), new Insets(8));
        root.setBottom(buttons);
        root.setCenter(new Label(Messages.text("import.none")));
        Scene scene = new Scene(root, 980, 640);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (running != null && running.isRunning()) {
                running.cancel(false);
            }
        });
    }

    public void show() {
        stage.show();
    }

    /** The dialog's window (tests). */
    public Stage stage() {
        return stage;
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.text("import.choose.title"));
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.text("files.incidents"), "*.csv", "*.csv.gz", "*.gz", "*.txt"),
                        new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*"));
        java.io.File f = fc.showOpenDialog(stage);
        if (f != null) {
            preview(f.toPath());
        }
    }

    /** Shows the preview of {@code file} (what choosing it in the file chooser does). */
    public void preview(Path file) {
        heading.setText(Messages.text("import.reading", file.getFileName()));
        tasks.submit("preview of " + file.getFileName(), () -> FilePreview.of(file), this::showPreview);
    }

    private void showPreview(FilePreview p) {
        preview = p;
        TableView<String[]> rows = new TableView<>();
        rows.setId("import-preview");
        for (int i = 0; i < p.header().size(); i++) {
            final int k = i;
            TableColumn<String[], String> c = new TableColumn<>(p.header().get(i));
            c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()[k]));
            c.setPrefWidth(110);
            rows.getColumns().add(c);
        }
        rows.getItems().setAll(p.rows());
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox centre = new VBox(8);
        centre.setPadding(new Insets(0, 8, 0, 8));
        if (p.profile() != null) {
            heading.setText(Messages.text(
                    "import.detected",
                    p.file().getFileName(),
                    p.profile(),
                    p.rows().size()));
            mapping = null;
            centre.getChildren().add(rows);
            VBox.setVgrow(rows, Priority.ALWAYS);
        } else {
            heading.setText(Messages.text("import.unknown", p.file().getFileName()));
            mapping = new MappingForm(p.header());
            Label why = new Label(p.problem());
            LineBreaks.wrap(why);
            why.getStyleClass().add("hint");
            rows.setPrefHeight(200);
            centre.getChildren().addAll(rows, why, mapping);
        }
        root.setCenter(centre);
        start.setDisable(false);
    }

    private void startImport() {
        ImportOptions options = ImportOptions.defaults();
        if (mapping != null) {
            try {
                options = options.withMapping(mapping.mapping());
            } catch (IllegalArgumentException e) {
                progressText.setText(e.getMessage());
                progressText.getStyleClass().add("error");
                return;
            }
        }
        Path file = preview.file();
        ImportOptions chosen = options;
        running = new Task<>() {
            @Override
            protected ImportResult call() {
                return new Importer(tasks.store()).importFile(file, chosen, new ProgressListener() {
                    @Override
                    public void update(Progress p) {
                        updateProgress(p.done(), Math.max(p.total(), p.done()));
                        updateMessage(Messages.text("import.progress", p.items(), p.itemsPerSecond()));
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        progress.setVisible(true);
        progress.progressProperty().bind(running.progressProperty());
        progressText.textProperty().bind(running.messageProperty());
        start.setDisable(true);
        choose.setDisable(true);
        cancel.setDisable(false);
        heading.setText(Messages.text("import.importing", file.getFileName()));
        running.setOnCancelled(e -> {
            finished();
            heading.setText(Messages.text("import.cancelled", file.getFileName()));
        });
        tasks.submit("import of " + file.getFileName(), running, r -> {
            finished();
            showSummary(r);
            imported.run();
        });
        // after submit, which sets the task's own failure handler (the status line's error)
        running.exceptionProperty().addListener((o, a, e) -> {
            finished();
            heading.setText(Messages.text("import.failed", e.getMessage()));
            heading.getStyleClass().add("error");
        });
    }

    private void finished() {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progress.setVisible(false);
        progressText.setText("");
        cancel.setDisable(true);
        choose.setDisable(false);
    }

    private void showSummary(ImportResult r) {
        result = r;
        if (r.repeatOf() != null) {
            heading.setText(Messages.text("import.repeat", r.file().getFileName(), r.repeatOf()));
            heading.setId("import-summary");
            return;
        }
        var n = r.counts();
        heading.setText(Messages.text(
                "import.summary",
                r.file().getFileName(),
                r.profile(),
                r.importId(),
                n.read(),
                n.loaded(),
                n.rejected(),
                n.duplicates(),
                r.seconds()));
        heading.setId("import-summary");
        VBox box = new VBox(6);
        box.setPadding(new Insets(0, 8, 0, 8));
        List<String> reasons = new ArrayList<>();
        r.rejectedByReason()
                .forEach((reason, count) -> reasons.add(Messages.text(
                        "import.reason.rejected",
                        String.format(Locale.ROOT, "%-26s", reason),
                        String.format(Locale.ROOT, "%,d", count))));
        if (n.mismatched() > 0) {
            reasons.add(Messages.text("import.reason.mismatched", n.mismatched()));
        }
        r.flagged()
                .forEach((flag, count) -> reasons.add(Messages.text(
                        "import.reason.flagged",
                        String.format(Locale.ROOT, "%-22s", flag),
                        String.format(Locale.ROOT, "%,d", count))));
        Label byReason = new Label(reasons.isEmpty() ? Messages.text("import.noRejects") : String.join("\n", reasons));
        byReason.setId("import-reasons");
        byReason.getStyleClass().add("mono");
        TableView<String[]> rejected = new TableView<>();
        rejected.setId("import-rejected");
        String[] names = {
            Messages.text("import.column.line"),
            Messages.text("import.column.reason"),
            Messages.text("import.column.message"),
            Messages.text("import.column.raw")
        };
        double[] widths = {60, 170, 330, 380};
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            TableColumn<String[], String> c = new TableColumn<>(names[i]);
            c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()[k]));
            c.setPrefWidth(widths[i]);
            if (k >= 2) {
                // the store's English message and the file's raw line read left to right, also in Arabic
                c.setCellFactory(col -> {
                    javafx.scene.control.TableCell<String[], String> cell = new javafx.scene.control.TableCell<>() {
                        @Override
                        protected void updateItem(String item, boolean empty) {
                            super.updateItem(item, empty);
                            setText(empty ? null : item);
                        }
                    };
                    cell.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
                    return cell;
                });
            }
            rejected.getColumns().add(c);
        }
        Button export = new Button(Messages.text("import.export"));
        export.setId("import-export-rejected");
        export.setOnAction(e -> exportRejected());
        Label title = new Label(Messages.text("import.rejected", n.rejected()));
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(8, title, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(byReason, bar, rejected);
        VBox.setVgrow(rejected, Priority.ALWAYS);
        root.setCenter(box);
        tasks.submit(
                "rejected rows",
                () -> RejectedRows.first(tasks.store(), r.importId(), 5000).stream()
                        .map(row -> new String[] {
                            Long.toString(row.lineNumber()), row.reason(), row.message(), row.rawText()
                        })
                        .toList(),
                rows -> rejected.getItems().setAll(rows));
    }

    /** The result of the import, or null before it ends. */
    public ImportResult result() {
        return result;
    }

    private void exportRejected() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.text("import.export.title"));
        fc.setInitialFileName("rejected_import_" + result.importId() + ".csv");
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            exportRejected(f.toPath());
        }
    }

    /** Writes the rejected rows of the import to {@code file} in the background. */
    public void exportRejected(Path file) {
        long id = result.importId();
        tasks.submit(
                "export of the rejected rows",
                () -> {
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        return RejectedRows.export(tasks.store(), id, w);
                    } catch (IOException e) {
                        throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
                    }
                },
                n -> progressText.setText(Messages.text("import.export.done", n, file)));
    }
}
