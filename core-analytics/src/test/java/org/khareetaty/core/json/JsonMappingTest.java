package org.khareetaty.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one mapper's readers and writers: the formats that stored files and {@code --json} output rely on. */
class JsonMappingTest {
    private static Map<String, Object> sample() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "west-square");
        m.put("score", 0.1 + 0.2);
        m.put("count", 3);
        m.put("none", null);
        m.put("list", List.of(1.0, 2.5));
        return m;
    }

    @Test
    void compactIsOneLineWithKeysInInsertionOrderAndNullsKept() throws Exception {
        assertEquals(
                "{\"name\":\"west-square\",\"score\":0.30000000000000004,\"count\":3,\"none\":null,\"list\":[1.0,2.5]}",
                JsonMapping.compact().writeValueAsString(sample()));
    }

    @Test
    void indentedPutsEachKeyOnItsOwnLineWithTwoSpacesAndSpacedColons() throws Exception {
        String nl = System.lineSeparator();
        assertEquals(
                "{" + nl + "  \"name\" : \"west-square\"," + nl + "  \"score\" : 0.30000000000000004," + nl
                        + "  \"count\" : 3," + nl + "  \"none\" : null," + nl + "  \"list\" : [ 1.0, 2.5 ]" + nl + "}",
                JsonMapping.indented().writeValueAsString(sample()));
    }

    @Test
    void exactDecimalsKeepTheDigitsAndTrailingZerosAsWritten() throws Exception {
        var n = JsonMapping.exactDecimals().readTree("{\"area\": 51259902.450599998, \"width\": 2.50}");
        assertEquals(new BigDecimal("51259902.450599998"), n.get("area").decimalValue());
        assertEquals("2.50", n.get("width").asText());
        assertEquals(
                51259902.4506,
                JsonMapping.reader()
                        .readTree("{\"area\": 51259902.450599998}")
                        .get("area")
                        .doubleValue());
    }
}
