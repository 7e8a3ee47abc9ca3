package org.khareetaty.app.ui.hotspots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.table.AttributeTable;
import org.khareetaty.core.csv.CsvWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * The results of an analysis as a table (a DBSCAN run's hotspots, the hot and cold cells of a Gi*
 * run): sortable by any column, **Zoom to** (or a double-click) frames the selected rows on the map,
 * and **Export CSV…** writes the rows as shown with {@link CsvWriter}.
 */
public final class ResultsTable extends BorderPane {
    /** One result: the box to zoom to (lon/lat) and its values, in the order of the headers. */
    public record Result(Envelope box, List<Object> values) {}

    private final TableView<Result> table = new TableView<>();
    private final Label caption = new Label();
    private final Button zoom = new Button(Messages.text("results.zoom"));
    private final Button export = new Button(Messages.text("table.export"));
    private List<String> headers = List.of();
    private Consumer<Envelope> onZoom = box -> {};

    /** @param id the id of the table (its buttons take it as a prefix) */
    ResultsTable(String id) {
        table.setId(id);
        zoom.setId(id + "-zoom");
        export.setId(id + "-export");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.text("results.empty")));
        table.setRowFactory(tv -> {
            TableRow<Result> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    zoomToSelection();
                }
            });
            return row;
        });
        zoom.setOnAction(e -> zoomToSelection());
        zoom.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, caption, gap, zoom, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        setCenter(table);
    }

    /** Shows {@code rows} under {@code headers} (the numeric columns right-aligned), with a caption. */
    void show(String text, List<String> headers, List<Boolean> numeric, List<Result> rows) {
        caption.setText(text);
        if (!headers.equals(this.headers)) {
            this.headers = List.copyOf(headers);
            table.getColumns().clear();
            for (int i = 0; i < headers.size(); i++) {
                final int k = i;
                // the header in the window's words; the CSV keeps the English name
                TableColumn<Result, Object> c =
                        new TableColumn<>(Messages.text(AttributeTable.headerKey(headers.get(i))));
                c.setCellValueFactory(
                        r -> new ReadOnlyObjectWrapper<>(r.getValue().values().get(k)));
                c.setComparator(AttributeTable::compareValues);
                if (numeric.get(i)) {
                    c.setStyle("-fx-alignment: CENTER-RIGHT;");
                }
                table.getColumns().add(c);
            }
        }
        table.getItems().setAll(rows);
    }

    /** Called with the box of the rows to zoom to. */
    void setOnZoom(Consumer<Envelope> onZoom) {
        this.onZoom = onZoom;
    }

    /** Frames the selected rows on the map. */
    public void zoomToSelection() {
        Envelope box = new Envelope();
        table.getSelectionModel().getSelectedItems().forEach(r -> box.expandToInclude(r.box()));
        if (!box.isNull()) {
            onZoom.accept(box);
        }
    }

    /** The export button (the panel wires it to a file chooser). */
    Button exportButton() {
        return export;
    }

    /** The table (tests sort and select it). */
    public TableView<Result> tableView() {
        return table;
    }

    /** The column headers. */
    public List<String> headers() {
        return headers;
    }

    /** The rows' values in the order shown (after sorting). */
    public List<List<Object>> rows() {
        return table.getItems().stream().map(Result::values).toList();
    }

    /** The caption: what run the rows come from. */
    public String caption() {
        return caption.getText();
    }

    /** Writes the rows as shown, as CSV. */
    public void exportCsv(Path file) throws IOException {
        try (CsvWriter w = CsvWriter.create(file, false)) {
            AttributeTable.write(w, headers, rows());
        }
    }
}
