package org.khareetaty.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.khareetaty.core.json.JsonMapping;

/** Prints results as JSON for {@code --json}. */
public final class Json {
    private Json() {}

    public static String of(Object value) {
        try {
            return JsonMapping.indented().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
