package org.khareetaty.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps offense types to a category (violent, property, drugs, weapons, public order, other) and a
 * severity, from an editable CSV ({@code offense_type,category,severity}). Thread safe.
 */
public final class Taxonomy {
    /** The categories, in display order. */
    public static final List<String> CATEGORIES =
            List.of("violent", "property", "drugs", "weapons", "public_order", "other");
    /** Classification of a type the taxonomy does not list. */
    public static final Classification UNKNOWN = new Classification("other", 0.2f, false);

    private static final String RESOURCE = "/org/khareetaty/core/taxonomy/taxonomy.csv";

    private final Map<String, Classification> byType;
    private final Map<String, Classification> cache = new ConcurrentHashMap<>();

    private Taxonomy(Map<String, Classification> byType) {
        this.byType = byType;
    }

    /** The taxonomy shipped with the workstation. */
    public static Taxonomy builtIn() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A taxonomy read from an analyst's CSV file.
     *
     * @throws IllegalArgumentException naming the file and line of a bad entry
     */
    public static Taxonomy read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + file, e);
        }
    }

    private static Taxonomy parse(InputStream in, String name) throws IOException {
        Map<String, Classification> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("offense_type,")) {
                continue;
            }
            int b = s.lastIndexOf(',');
            int a = s.lastIndexOf(',', b - 1);
            if (a <= 0) {
                throw new IllegalArgumentException(name + ": line " + n + ": expected offense_type,category,severity");
            }
            String category = s.substring(a + 1, b).strip();
            if (!CATEGORIES.contains(category)) {
                throw new IllegalArgumentException(
                        name + ": line " + n + ": unknown category '" + category + "', expected one of " + CATEGORIES);
            }
            float severity;
            try {
                severity = Float.parseFloat(s.substring(b + 1).strip());
            } catch (NumberFormatException e) {
                severity = Float.NaN;
            }
            if (!(severity >= 0 && severity <= 1)) {
                throw new IllegalArgumentException(name + ": line " + n + ": severity must be a number in 0..1");
            }
            map.put(key(s.substring(0, a)), new Classification(category, severity, true));
        }
        return new Taxonomy(Map.copyOf(map));
    }

    /** The classification of an offense type; unknown types are {@link #UNKNOWN}. */
    public Classification classify(String offenseType) {
        if (offenseType == null) {
            return UNKNOWN;
        }
        return cache.computeIfAbsent(offenseType, t -> byType.getOrDefault(key(t), UNKNOWN));
    }

    private static String key(String type) {
        return type.strip().replace('_', ' ').replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
