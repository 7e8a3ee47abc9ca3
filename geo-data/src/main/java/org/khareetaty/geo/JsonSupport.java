package org.khareetaty.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.khareetaty.core.json.JsonMapping;

/** The JSON settings shared by the readers: decimals are kept as written ("51259902.450599998"). */
final class JsonSupport {
    static final ObjectReader READER = JsonMapping.exactDecimals();

    private JsonSupport() {}

    /** A property value as text: strings as they are, numbers and booleans as written, null as null. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
