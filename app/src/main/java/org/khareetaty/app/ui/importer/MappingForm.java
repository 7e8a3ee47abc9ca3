package org.khareetaty.app.ui.importer;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.etl.Mapping;

/**
 * The mapping of an unknown CSV's columns, as a form: source name, time column and pattern, time
 * zone, latitude, longitude and offense-type columns, and the optional columns the importer uses.
 * The same fields as a mapping file (docs/mapping.md).
 */
public final class MappingForm extends GridPane {
    private final TextField name = new TextField("my-source");
    private final ComboBox<String> time = new ComboBox<>();
    private final TextField pattern =
            new TextField("yyyy-MM-dd HH:mm:ss | yyyy-MM-dd'T'HH:mm:ss | MM/dd/yyyy hh:mm:ss a | M/d/yyyy H:mm");
    private final TextField zone = new TextField(ZoneId.systemDefault().getId());
    private final ComboBox<String> lat = new ComboBox<>();
    private final ComboBox<String> lon = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> id = new ComboBox<>();
    private final ComboBox<String> arrest = new ComboBox<>();
    private final ComboBox<String> block = new ComboBox<>();

    public MappingForm(List<String> header) {
        setHgap(8);
        setVgap(4);
        getStyleClass().add("mapping-form");
        for (ComboBox<String> c : List.of(time, lat, lon, type, id, arrest, block)) {
            c.getItems().setAll(header);
            c.setPrefWidth(220);
        }
        for (ComboBox<String> c : List.of(id, arrest, block)) {
            c.getItems().add(0, "");
        }
        guess(time, "date", "time", "occurred", "datetime");
        guess(lat, "lat", "latitude", "y");
        guess(lon, "lon", "lng", "longitude", "x");
        guess(type, "type", "offense", "offence", "crime", "primary_type", "category");
        guess(id, "id", "incident_id", "case");
        guess(arrest, "arrest");
        guess(block, "block", "street", "address");
        pattern.setPrefColumnCount(36);
        name.setId("mapping-name");
        time.setId("mapping-time");
        lat.setId("mapping-lat");
        lon.setId("mapping-lon");
        type.setId("mapping-type");
        pattern.setId("mapping-pattern");
        zone.setId("mapping-zone");
        int r = 0;
        addRow(r++, new Label(Messages.text("mapping.source")), name);
        addRow(r++, new Label(Messages.text("mapping.time")), time);
        addRow(r++, new Label(Messages.text("mapping.patterns")), pattern);
        addRow(r++, new Label(Messages.text("mapping.zone")), zone);
        addRow(r++, new Label(Messages.text("mapping.lat")), lat);
        addRow(r++, new Label(Messages.text("mapping.lon")), lon);
        addRow(r++, new Label(Messages.text("mapping.type")), type);
        addRow(r++, new Label(Messages.text("mapping.id")), id);
        addRow(r++, new Label(Messages.text("mapping.arrest")), arrest);
        addRow(r, new Label(Messages.text("mapping.block")), block);
    }

    private static void guess(ComboBox<String> box, String... names) {
        for (String n : names) {
            for (String h : box.getItems()) {
                if (h.strip().equalsIgnoreCase(n)) {
                    box.setValue(h);
                    return;
                }
            }
        }
        for (String n : names) {
            for (String h : box.getItems()) {
                if (h.toLowerCase().contains(n)) {
                    box.setValue(h);
                    return;
                }
            }
        }
    }

    /**
     * The mapping the form describes.
     *
     * @throws IllegalArgumentException naming the field to fill in
     */
    public Mapping mapping() {
        String n = name.getText().strip();
        if (!n.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException(Messages.text("mapping.source.invalid", n));
        }
        for (var e : Map.of(
                        Messages.text("mapping.time"),
                        time,
                        Messages.text("mapping.lat"),
                        lat,
                        Messages.text("mapping.lon"),
                        lon,
                        Messages.text("mapping.type"),
                        type)
                .entrySet()) {
            if (e.getValue().getValue() == null || e.getValue().getValue().isBlank()) {
                throw new IllegalArgumentException(
                        Messages.text("mapping.choose", e.getKey().toLowerCase(Messages.locale())));
            }
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone.getText().strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(Messages.text("mapping.zone.invalid", zone.getText()));
        }
        Map<String, String> columns = new TreeMap<>();
        columns.put("type", type.getValue());
        if (id.getValue() != null && !id.getValue().isBlank()) {
            columns.put("id", id.getValue());
        }
        if (arrest.getValue() != null && !arrest.getValue().isBlank()) {
            columns.put("arrest", arrest.getValue());
        }
        if (block.getValue() != null && !block.getValue().isBlank()) {
            columns.put("block", block.getValue());
        }
        List<String> patterns = List.of(pattern.getText().strip().split("\\s*\\|\\s*"));
        return new Mapping(
                n,
                time.getValue(),
                patterns,
                z,
                lat.getValue(),
                lon.getValue(),
                null,
                null,
                null,
                columns,
                Map.of(),
                null,
                null);
    }
}
