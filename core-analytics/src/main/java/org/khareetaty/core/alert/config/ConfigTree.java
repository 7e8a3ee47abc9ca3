package org.khareetaty.core.alert.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merged configuration tree (bundled defaults overlaid with the analyst's file), read key by
 * key with range checks. Every key read is remembered, so a key in the analyst's file that no
 * reader asked for is reported as unknown instead of being silently ignored.
 */
final class ConfigTree {
    private final ObjectNode root;
    private final String source;
    private final Set<String> read = new TreeSet<>();

    ConfigTree(ObjectNode root, String source) {
        this.root = root;
        this.source = source;
    }

    double number(String key, double min, double max) {
        JsonNode n = node(key);
        if (!n.isNumber()) {
            throw bad(key, "must be a number, got " + n);
        }
        double v = n.asDouble();
        if (!(v >= min && v <= max)) {
            throw bad(key, "must be in " + fmt(min) + ".." + fmt(max) + ", got " + fmt(v));
        }
        return v;
    }

    int integer(String key, int min, int max) {
        JsonNode n = node(key);
        if (!n.isIntegralNumber()) {
            throw bad(key, "must be a whole number, got " + n);
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw bad(key, "must be in " + min + ".." + max + ", got " + v);
        }
        return (int) v;
    }

    String text(String key) {
        JsonNode n = node(key);
        if (!n.isTextual()) {
            throw bad(key, "must be a string, got " + n);
        }
        return n.asText();
    }

    List<Double> numbers(String key, double min, double max) {
        JsonNode n = node(key);
        if (!n.isArray()) {
            throw bad(key, "must be a list of numbers, e.g. [0.15, 0.25], got " + n);
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode x : n) {
            if (!x.isNumber() || !(x.asDouble() >= min && x.asDouble() <= max)) {
                throw bad(key, "must hold numbers in " + fmt(min) + ".." + fmt(max) + ", got " + x);
            }
            out.add(x.asDouble());
        }
        return out;
    }

    /** The names of the sub-tables (or keys) of the table at {@code key}, in file order. */
    List<String> names(String key) {
        JsonNode n = lookup(key);
        if (n == null) {
            throw missing(key);
        }
        if (!n.isObject()) {
            throw bad(key, "must be a table");
        }
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private JsonNode node(String key) {
        JsonNode n = lookup(key);
        if (n == null) {
            throw missing(key);
        }
        read.add(key);
        return n;
    }

    private JsonNode lookup(String key) {
        JsonNode n = root;
        for (String part : key.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    private ConfigException missing(String key) {
        return new ConfigException(
                "The alert configuration " + source + " needs the key '" + key + "' (see docs/alerts.md)");
    }

    /** Every leaf key of {@code tree} that was not read, as dotted paths. */
    List<String> unread(ObjectNode tree) {
        List<String> out = new ArrayList<>();
        collect(tree, "", out);
        out.removeIf(read::contains);
        return out;
    }

    private static void collect(JsonNode n, String prefix, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                collect(e.getValue(), key, out);
            } else {
                out.add(key);
            }
        }
    }

    /** Every leaf of the merged tree as dotted key to value, in file order. */
    Map<String, Object> flatten() {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten(root, "", out);
        return out;
    }

    private static void flatten(JsonNode n, String prefix, Map<String, Object> out) {
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(v, key, out);
            } else if (v.isArray()) {
                List<Object> list = new ArrayList<>();
                v.forEach(x -> list.add(scalar(x)));
                out.put(key, list);
            } else {
                out.put(key, scalar(v));
            }
        }
    }

    private static Object scalar(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return v.isBoolean() ? (Object) v.booleanValue() : v.asText();
    }

    ConfigException bad(String key, String problem) {
        return new ConfigException("The alert configuration " + source + ": key '" + key + "' " + problem);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
