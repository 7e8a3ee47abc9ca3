package org.khareetaty.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson mapper behind all JSON the program reads and writes: event messages, alert
 * explanations and decisions, GeoJSON, basemap metadata, the command line's {@code --json}. It keeps
 * Jackson's defaults, which every part used; where parts differ (indented output, exact decimals)
 * they take an immutable reader or writer of this mapper configured for it, so the mapper itself is
 * never reconfigured after it is built and is safe to share between threads.
 */
public final class JsonMapping {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter INDENTED = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectReader EXACT_DECIMALS = MAPPER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private JsonMapping() {}

    /** Writes JSON on one line: stored documents, feed messages, JSON lines. */
    public static ObjectWriter compact() {
        return COMPACT;
    }

    /** Writes indented JSON for people to read: {@code --json} output, metadata files. */
    public static ObjectWriter indented() {
        return INDENTED;
    }

    /** Reads JSON, decimals as doubles. */
    public static ObjectReader reader() {
        return READER;
    }

    /** Reads JSON keeping decimals as written ("51259902.450599998", "2.50") as {@code BigDecimal}s. */
    public static ObjectReader exactDecimals() {
        return EXACT_DECIMALS;
    }

    /** A new, empty JSON object to fill. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code value} as a JSON tree (a map, a list, a record...). */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
