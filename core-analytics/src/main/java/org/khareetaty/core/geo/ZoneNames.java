package org.khareetaty.core.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.json.JsonMapping;

/**
 * The names of the zones of a store's boundary layers, by layer and code, so the window and the
 * commands show "Al Farwaniyah Governorate" or "محافظة الفروانية" where the store keeps "KW-FA". English is the
 * boundary's name; Arabic is the {@code name_ar} of its attributes (Kuwait's layers carry it), else
 * the English name. A code no layer names is shown as it is.
 */
public final class ZoneNames {
    /** No layers: every code shows as itself. */
    public static final ZoneNames NONE = new ZoneNames(Map.of(), null);

    /** A zone's names: English (null when the layer has no name field) and Arabic (null when none). */
    public record Names(String english, String arabic) {}

    private final Map<String, Map<String, Names>> layers;
    private final String primary;

    private ZoneNames(Map<String, Map<String, Names>> layers, String primary) {
        this.layers = layers;
        this.primary = primary;
    }

    /** The names of every layer, read on {@code c} ({@code store.read("read the zone names of", ZoneNames::read)}). */
    public static ZoneNames read(Connection c) throws SQLException {
        Map<String, Map<String, Names>> layers = new HashMap<>();
        String primary = null;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT layer FROM boundary_layers WHERE is_primary")) {
                if (rs.next()) {
                    primary = rs.getString(1);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT layer, code, name, attributes FROM boundaries ORDER BY id")) {
                while (rs.next()) {
                    layers.computeIfAbsent(rs.getString(1), l -> new HashMap<>())
                            .putIfAbsent(
                                    rs.getString(2),
                                    new Names(blankToNull(rs.getString(3)), arabicName(rs.getString(4))));
                }
            }
        }
        return new ZoneNames(layers, primary);
    }

    /**
     * The name of zone {@code code} of {@code layer} in {@code language}'s language: its Arabic name
     * for "ar" where the layer has one ("محافظة الفروانية"), else by the rule of the drill-down's
     * labels, {@link ZoneLabel#of} ("District 1", not the layer's "1ST"; "Al Farwaniyah
     * Governorate"); the code itself when the layer does not know it; null for a null code.
     */
    public String name(String layer, String code, Locale language) {
        if (code == null) {
            return null;
        }
        Names n = layers.getOrDefault(layer, Map.of()).get(code);
        if (n == null) {
            return code;
        }
        if ("ar".equals(language.getLanguage()) && n.arabic() != null) {
            return n.arabic();
        }
        return ZoneLabel.of(layer, code, n.english());
    }

    /** The Arabic name of zone {@code code} of {@code layer} ({@code name_ar}), or null when the layer carries none. */
    public String arabic(String layer, String code) {
        Names n = code == null ? null : layers.getOrDefault(layer, Map.of()).get(code);
        return n == null ? null : n.arabic();
    }

    /** {@link #name} of a zone of the primary layer (the zone an alert or an incident is filed under). */
    public String primaryName(String code, Locale language) {
        return primary == null ? code : name(primary, code, language);
    }

    /** The primary layer's name, or null when the store has none. */
    public String primaryLayer() {
        return primary;
    }

    /** The {@code name_ar} of a boundary's attributes (a JSON object), or null when it has none. */
    public static String arabicName(String attributes) {
        if (attributes == null || attributes.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JsonMapping.reader().readTree(attributes).get("name_ar");
            return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
