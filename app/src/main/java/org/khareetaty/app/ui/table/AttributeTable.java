package org.khareetaty.app.ui.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.khareetaty.core.csv.CsvWriter;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.incidents.IncidentRow;

/**
 * The attribute table of the scope: its cells (busiest first, as the drill-down lists them) or, at
 * r10, its incidents. Sortable by any column; exported as CSV in the order shown.
 */
public final class AttributeTable extends BorderPane {
    /** A column: its header and whether its values are numbers (right-aligned). */
    public record Column(String name, boolean numeric) {}

    private static final java.time.format.DateTimeFormatter OCCURRED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final TableView<List<Object>> table = new TableView<>();
    private final Label caption = new Label();
    private final Button export = new Button("Export CSV…");
    private List<Column> columns = List.of();

    public AttributeTable() {
        table.setId("attribute-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Nothing in scope"));
        export.setId("export-csv");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, caption, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        setCenter(table);
        getStyleClass().add("attribute-table");
    }

    /** The export button (the window wires it to a file chooser). */
    public Button exportButton() {
        return export;
    }

    /** Shows the cells of a drill-down. */
    public void showCells(List<CellStats> cells, int res, long totalCells) {
        List<List<Object>> rows = new ArrayList<>(cells.size());
        for (CellStats c : cells) {
            rows.add(java.util.Arrays.asList(
                    Long.toHexString(c.cell()),
                    c.label(),
                    c.incidents(),
                    c.arrests(),
                    pct(c.arrestRate()),
                    c.interval() == null ? null : pct(c.interval().low()),
                    c.interval() == null ? null : pct(c.interval().high()),
                    pct(c.smoothedRate()),
                    c.lowConfidence() ? "yes" : "no"));
        }
        show(
                List.of(
                        new Column("cell", false),
                        new Column("label", false),
                        new Column("incidents", true),
                        new Column("arrests", true),
                        new Column("arrest %", true),
                        new Column("95% CI low", true),
                        new Column("95% CI high", true),
                        new Column("pooled %", true),
                        new Column("low confidence", false)),
                rows);
        caption.setText(String.format(
                Locale.ROOT,
                "r%d cells in scope: %,d%s",
                res,
                cells.size(),
                totalCells > cells.size()
                        ? String.format(Locale.ROOT, " busiest of %,d (the map shows all)", totalCells)
                        : ""));
    }

    /** Shows incidents (r10 scopes). */
    public void showIncidents(List<IncidentRow> incidents, long total) {
        List<List<Object>> rows = new ArrayList<>(incidents.size());
        for (IncidentRow i : incidents) {
            rows.add(java.util.Arrays.asList(
                    i.id(),
                    i.occurred().format(OCCURRED),
                    i.category(),
                    i.offenseType(),
                    i.description(),
                    i.block(),
                    i.arrest() == null ? null : i.arrest() ? "yes" : "no",
                    Long.toHexString(i.cell()),
                    i.lon(),
                    i.lat()));
        }
        show(
                List.of(
                        new Column("id", true),
                        new Column("occurred (local)", false),
                        new Column("category", false),
                        new Column("offense", false),
                        new Column("description", false),
                        new Column("block", false),
                        new Column("arrest", false),
                        new Column("r10 cell", false),
                        new Column("lon", true),
                        new Column("lat", true)),
                rows);
        caption.setText(String.format(
                Locale.ROOT,
                "incidents in scope: %,d%s",
                incidents.size(),
                total > incidents.size() ? String.format(Locale.ROOT, " of %,d (the latest)", total) : ""));
    }

    private static Double pct(Double v) {
        return v == null ? null : Math.round(v * 1000) / 10.0;
    }

    private void show(List<Column> cols, List<List<Object>> rows) {
        if (!cols.equals(columns)) {
            columns = cols;
            table.getColumns().clear();
            for (int i = 0; i < cols.size(); i++) {
                final int k = i;
                TableColumn<List<Object>, Object> tc =
                        new TableColumn<>(cols.get(i).name());
                tc.setCellValueFactory(
                        r -> new ReadOnlyObjectWrapper<>(r.getValue().get(k)));
                tc.setComparator(AttributeTable::compare);
                if (cols.get(i).numeric()) {
                    tc.setStyle("-fx-alignment: CENTER-RIGHT;");
                }
                String name = cols.get(i).name();
                tc.setPrefWidth(
                        name.equals("label") || name.equals("description")
                                ? 280
                                : name.startsWith("occurred") ? 140 : 95);
                table.getColumns().add(tc);
            }
        }
        table.getItems().setAll(rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return ((Comparable) a).compareTo(b);
    }

    /** The column headers. */
    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** The rows in the order shown (after sorting). */
    public List<List<Object>> rows() {
        return List.copyOf(table.getItems());
    }

    /** The table (tests sort it). */
    public TableView<List<Object>> tableView() {
        return table;
    }

    /** Writes the table as shown, as CSV ({@link CsvWriter}: RFC 4180 quoting, formulas neutralised). */
    public void exportCsv(Path file) throws IOException {
        try (CsvWriter w = CsvWriter.create(file, false)) {
            write(w, headers(), rows());
        }
    }

    /** Writes a header and rows as CSV. */
    public static void write(CsvWriter w, List<String> header, List<List<Object>> rows) throws IOException {
        w.row(header);
        for (List<Object> r : rows) {
            w.row(r);
        }
    }
}
