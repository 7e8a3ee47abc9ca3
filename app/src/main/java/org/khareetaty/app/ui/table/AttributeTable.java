package org.khareetaty.app.ui.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
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
import org.khareetaty.app.ui.PlainWords;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.csv.CsvWriter;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.incidents.IncidentRow;

/**
 * The attribute table of the scope: its cells (busiest first, as the drill-down lists them) or, at
 * r10, its incidents by case number. Sortable by any column; exported as CSV in the order shown.
 * Its selection is linked to the map's as in QGIS: selecting rows selects their cells
 * ({@link #setOnSelect}), and {@link #selectCells} selects the rows of cells selected on the map.
 * H3 ids are not shown: Identify gives a cell's id to copy.
 */
public final class AttributeTable extends BorderPane {
    /** A column: its header and whether its values are numbers (right-aligned). */
    public record Column(String name, boolean numeric) {}

    /** A row: the H3 cell it stands for (the cell, or the incident's r10 cell) and its values. */
    public record Row(long cell, List<Object> values) {}

    private static final java.time.format.DateTimeFormatter OCCURRED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final TableView<Row> table = new TableView<>();
    private final Label caption = new Label();
    private final Button export = new Button(Messages.text("table.export"));
    /** What the arrest columns read where the source records no arrests (the Kuwait city format). */
    static final String NOT_RECORDED = "not recorded";

    private List<Column> columns = List.of();
    private Consumer<Set<Long>> onSelect = cells -> {};
    private boolean selecting;

    public AttributeTable() {
        table.setId("attribute-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.text("table.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Row>) c -> {
            if (!selecting) {
                onSelect.accept(selectedCells());
            }
        });
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

    /** Says under the rows shown that they are those a data-quality warning counts. */
    public void showFilter(String warning) {
        caption.setText(Messages.text("table.caption.warning", caption.getText(), warning));
    }

    /** The line above the table: what it lists. */
    public String caption() {
        return caption.getText();
    }

    /** The export button (the window wires it to a file chooser). */
    public Button exportButton() {
        return export;
    }

    /** Shows the cells of a drill-down. */
    public void showCells(List<CellStats> cells, int res, long totalCells) {
        List<Row> rows = new ArrayList<>(cells.size());
        for (CellStats c : cells) {
            rows.add(new Row(
                    c.cell(),
                    java.util.Arrays.asList(
                            c.label(),
                            c.incidents(),
                            c.arrestRate() == null ? NOT_RECORDED : c.arrests(),
                            c.arrestRate() == null ? NOT_RECORDED : pct(c.arrestRate()),
                            c.interval() == null ? null : pct(c.interval().low()),
                            c.interval() == null ? null : pct(c.interval().high()),
                            pct(c.smoothedRate()),
                            c.lowConfidence() ? "yes" : "no")));
        }
        show(
                List.of(
                        new Column("label", false),
                        new Column("incidents", true),
                        new Column("arrests", true),
                        new Column("arrest %", true),
                        new Column("95% CI low", true),
                        new Column("95% CI high", true),
                        new Column("pooled %", true),
                        new Column("low confidence", false)),
                rows);
        caption.setText(
                totalCells > cells.size()
                        ? Messages.text("table.caption.cells.busiest", res, cells.size(), totalCells)
                        : Messages.text("table.caption.cells", res, cells.size()));
    }

    /** Shows incidents (r10 scopes). */
    public void showIncidents(List<IncidentRow> incidents, long total, Locale language) {
        List<Row> rows = new ArrayList<>(incidents.size());
        for (IncidentRow i : incidents) {
            rows.add(new Row(
                    i.cell(),
                    java.util.Arrays.asList(
                            i.caseNumber(),
                            i.occurred().format(OCCURRED),
                            PlainWords.category(i.category(), language),
                            PlainWords.of(i.offenseType()),
                            i.description(),
                            i.block(),
                            i.arrest() == null ? NOT_RECORDED : i.arrest() ? "yes" : "no",
                            i.lon(),
                            i.lat())));
        }
        show(
                List.of(
                        new Column("case number", false),
                        new Column("occurred (local)", false),
                        new Column("category", false),
                        new Column("offense", false),
                        new Column("description", false),
                        new Column("block", false),
                        new Column("arrest", false),
                        new Column("lon", true),
                        new Column("lat", true)),
                rows);
        caption.setText(
                total > incidents.size()
                        ? Messages.text("table.caption.incidents.latest", incidents.size(), total)
                        : Messages.text("table.caption.incidents", incidents.size()));
    }

    /** The key of a column's header: "arrest %" is {@code table.column.arrest_pct}. */
    public static String headerKey(String name) {
        return "table.column." + name.replace("%", "pct").replaceAll("[^A-Za-z0-9]+", "_");
    }

    private static Double pct(Double v) {
        return v == null ? null : Math.round(v * 1000) / 10.0;
    }

    private void show(List<Column> cols, List<Row> rows) {
        if (!cols.equals(columns)) {
            columns = cols;
            table.getColumns().clear();
            for (int i = 0; i < cols.size(); i++) {
                final int k = i;
                // the header in the window's words; the CSV keeps the English name (other tools read it)
                TableColumn<Row, Object> tc =
                        new TableColumn<>(Messages.text(headerKey(cols.get(i).name())));
                tc.setCellValueFactory(
                        r -> new ReadOnlyObjectWrapper<>(r.getValue().values().get(k)));
                tc.setComparator(AttributeTable::compareValues);
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
        selecting = true;
        try {
            table.getItems().setAll(rows);
        } finally {
            selecting = false;
        }
    }

    /** Called with the cells of the rows the analyst selects (empty when none). */
    public void setOnSelect(Consumer<Set<Long>> onSelect) {
        this.onSelect = onSelect;
    }

    /** Called with the cells of the selected rows when a row is double-clicked (zoom to them). */
    public void setOnOpen(Consumer<Set<Long>> onOpen) {
        table.setRowFactory(tv -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(selectedCells());
                }
            });
            return row;
        });
    }

    /** The cells of the selected rows, in the order shown. */
    public Set<Long> selectedCells() {
        Set<Long> out = new LinkedHashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(r -> out.add(r.cell()));
        return out;
    }

    /**
     * Selects the rows of {@code cells} (selected on the map) and scrolls to the first, without
     * calling {@link #setOnSelect}'s handler back.
     */
    public void selectCells(Set<Long> cells) {
        if (cells.equals(selectedCells())) {
            return;
        }
        selecting = true;
        try {
            var model = table.getSelectionModel();
            model.clearSelection();
            int first = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (cells.contains(table.getItems().get(i).cell())) {
                    model.select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(first);
            }
        } finally {
            selecting = false;
        }
    }

    /** Orders a column's values: nulls first, then words ("not recorded"), then numbers or text by value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.getClass() != b.getClass()) {
            return a instanceof String ? -1 : 1; // "not recorded" before the numbers
        }
        return ((Comparable) a).compareTo(b);
    }

    /** The column headers. */
    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** The rows' values in the order shown (after sorting). */
    public List<List<Object>> rows() {
        return table.getItems().stream().map(Row::values).toList();
    }

    /** The table (tests sort and select it). */
    public TableView<Row> tableView() {
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
