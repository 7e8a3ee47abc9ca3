package org.khareetaty.app.ui.boundaries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
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
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.geo.BoundaryFields;
import org.khareetaty.geo.BoundaryLayers;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerLoadResult;
import org.khareetaty.geo.LayerSpec;

/**
 * Loads a boundary layer from the window, as {@code khareetaty boundaries load} does: choose a
 * GeoJSON or Shapefile, name the layer, pick its code, name and parent fields from the file's own
 * attributes (each shown with the first feature's value), say whether it is the study area (the
 * primary layer), then load with a progress bar; the summary accounts for every feature (loaded,
 * repaired, rejected with the reason).
 */
public final class LoadBoundariesDialog {
    private static final String NONE = "(none)";

    private final Stage stage = new Stage();
    private final StoreTasks tasks;
    private final Runnable loaded;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label(Messages.text("boundaries.choose.heading"));
    private final Button choose = new Button(Messages.text("import.choose"));
    private final Button load = new Button(Messages.text("boundaries.load"));
    private final Button close = new Button(Messages.text("button.close"));
    private final ProgressBar progress = new ProgressBar(0);
    private final TextField layer = new TextField();
    private final ComboBox<String> code = new ComboBox<>();
    private final ComboBox<String> name = new ComboBox<>();
    private final ComboBox<String> parent = new ComboBox<>();
    private final CheckBox primary = new CheckBox(Messages.text("boundaries.primary"));
    private final Label summary = new Label();
    private BoundaryFields fields;
    private Path file;
    private LayerLoadResult result;

    /**
     * @param owner  the window
     * @param loaded runs after each layer loaded (the window shows it when the dialog closes)
     */
    public LoadBoundariesDialog(Window owner, StoreTasks tasks, Runnable loaded) {
        this.tasks = tasks;
        this.loaded = loaded;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("boundaries.title"));
        heading.setId("boundaries-heading");
        LineBreaks.wrap(heading);
        heading.getStyleClass().add("section-title");
        choose.setId("boundaries-choose");
        load.setId("boundaries-load");
        close.setId("boundaries-close");
        layer.setId("boundaries-layer");
        code.setId("boundaries-code");
        name.setId("boundaries-name");
        parent.setId("boundaries-parent");
        primary.setId("boundaries-primary");
        summary.setId("boundaries-summary");
        LineBreaks.wrap(summary);
        summary.getStyleClass().add("mono");
        load.setDisable(true);
        load.setDefaultButton(true);
        progress.setVisible(false);
        progress.setPrefWidth(260);
        choose.setOnAction(e -> chooseFile());
        load.setOnAction(e -> startLoad());
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, choose, progress, gap, load, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8));
        root.setTop(heading);
        BorderPane.setMargin(heading, new Insets(8));
        root.setCenter(new Label(Messages.text("import.none")));
        root.setBottom(buttons);
        Scene scene = new Scene(root, 720, 460);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        tasks.submit("the boundary layers", () -> new BoundaryLayers(tasks.store()).list(), layers -> {
            // the first layer loaded is the study area whatever is ticked
            primary.setSelected(layers.isEmpty());
            primary.setDisable(layers.isEmpty());
        });
    }

    public void show() {
        stage.show();
    }

    /** The dialog's window (tests). */
    public Stage stage() {
        return stage;
    }

    /** The last layer loaded, or null. */
    public LayerLoadResult result() {
        return result;
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.text("boundaries.choose.title"));
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.text("files.boundaries"), "*.geojson", "*.json", "*.shp"),
                        new FileChooser.ExtensionFilter(Messages.text("files.all"), "*.*"));
        java.io.File f = fc.showOpenDialog(stage);
        if (f != null) {
            describe(f.toPath());
        }
    }

    /** Reads {@code boundaryFile}'s attributes and shows the form (what choosing it in the file chooser does). */
    public void describe(Path boundaryFile) {
        heading.setText(Messages.text("import.reading", boundaryFile.getFileName()));
        heading.getStyleClass().remove("error");
        tasks.submit(
                "reading " + boundaryFile.getFileName(),
                () -> new BoundaryLoader().describe(boundaryFile),
                f -> showForm(boundaryFile, f),
                e -> failed(e.getMessage()));
    }

    private void showForm(Path boundaryFile, BoundaryFields f) {
        file = boundaryFile;
        fields = f;
        heading.setText(Messages.text(
                "boundaries.described",
                boundaryFile.getFileName(),
                f.features(),
                f.fields().size(),
                f.crs() == null ? Messages.text("boundaries.crs.unknown") : f.crs()));
        layer.setText(layerName(boundaryFile));
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(f.fields());
        code.getItems().setAll(f.fields());
        name.getItems().setAll(choices);
        parent.getItems().setAll(choices);
        code.setValue(guess(f.fields(), "code", "num", "id")
                .orElse(f.fields().isEmpty() ? null : f.fields().get(0)));
        name.setValue(guess(f.fields(), "name", "label").orElse(NONE));
        parent.setValue(NONE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(
                0, new Label(Messages.text("boundaries.layer")), layer, hint(Messages.text("boundaries.layer.hint")));
        form.addRow(1, new Label(Messages.text("boundaries.code")), code, example(code));
        form.addRow(2, new Label(Messages.text("boundaries.name")), name, example(name));
        form.addRow(3, new Label(Messages.text("boundaries.parent")), parent, example(parent));
        form.add(primary, 1, 4, 2, 1);
        VBox centre = new VBox(8, form, summary);
        centre.setPadding(new Insets(0, 8, 0, 8));
        root.setCenter(centre);
        load.setDisable(f.fields().isEmpty());
    }

    /** The first field whose name contains one of {@code words}, in the order of the words. */
    private static Optional<String> guess(List<String> fields, String... words) {
        for (String w : words) {
            for (String f : fields) {
                if (f.toLowerCase(Locale.ROOT).contains(w)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** A label giving the first feature's value of the field chosen in {@code box}. */
    private Label example(ComboBox<String> box) {
        Label l = hint("");
        Runnable update = () -> {
            String v = box.getValue() == null ? null : fields.examples().get(box.getValue());
            l.setText(v == null ? "" : Messages.text("boundaries.example", v));
        };
        box.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        return l;
    }

    /** A layer name from the file name: "police_beats" from police_beats.geojson. */
    static String layerName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        n = (dot < 0 ? n : n.substring(0, dot)).replaceAll("[^a-z0-9_]+", "_").replaceAll("^[^a-z]+", "");
        n = n.isEmpty() ? "zones" : n;
        return n.length() > 30 ? n.substring(0, 30) : n;
    }

    private static String chosen(ComboBox<String> box) {
        return box.getValue() == null || NONE.equals(box.getValue()) ? null : box.getValue();
    }

    private void startLoad() {
        LayerSpec spec;
        try {
            spec = new LayerSpec(
                    layer.getText().strip(), code.getValue(), chosen(name), chosen(parent), primary.isSelected());
        } catch (IllegalArgumentException e) {
            failed(e.getMessage());
            return;
        }
        Path f = file;
        Task<LayerLoadResult> running = new Task<>() {
            @Override
            protected LayerLoadResult call() {
                return new BoundaryLoader().load(tasks.store(), f, spec, new ProgressListener() {
                    @Override
                    public void update(Progress p) {
                        double fr = p.fraction();
                        updateProgress(Double.isNaN(fr) ? -1 : fr, 1);
                    }
                });
            }
        };
        progress.setVisible(true);
        progress.progressProperty().bind(running.progressProperty());
        load.setDisable(true);
        choose.setDisable(true);
        heading.setText(Messages.text("boundaries.loading", f.getFileName(), spec.layer()));
        heading.getStyleClass().remove("error");
        tasks.submit("loading " + f.getFileName(), running, r -> {
            finished();
            showResult(r);
            loaded.run();
        });
        // after submit, which sets the task's own failure handler (the status line's error)
        running.exceptionProperty().addListener((o, a, e) -> {
            finished();
            failed(e.getMessage());
        });
    }

    private void finished() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        load.setDisable(false);
        choose.setDisable(false);
    }

    private void showResult(LayerLoadResult r) {
        result = r;
        heading.setText(Messages.text(
                r.primary() ? "boundaries.loaded.primary" : "boundaries.loaded",
                r.layer(),
                r.loaded(),
                r.featuresRead()));
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text(
                "boundaries.counts",
                r.featuresRead(),
                r.loaded(),
                r.repairs().size(),
                r.rejected().size(),
                r.sourceCrs()));
        r.rejected().stream().limit(20).forEach(x -> lines.add(Messages.text("boundaries.rejected", x)));
        if (r.incidentsZoned() > 0) {
            lines.add(Messages.text("boundaries.zoned", r.incidentsZoned()));
        }
        summary.setText(String.join("\n", lines));
    }

    private void failed(String message) {
        heading.setText(message);
        if (!heading.getStyleClass().contains("error")) {
            heading.getStyleClass().add("error");
        }
    }
}
