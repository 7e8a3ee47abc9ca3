package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerSpecTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Beats", "1beats", "beats-2", "beats 2", "_beats", "a_layer_name_longer_than_thirty_chars"})
    void rejectsLayerNamesThatCannotBeColumnSuffixes(String layer) {
        var e = assertThrows(IllegalArgumentException.class, () -> new LayerSpec(layer, "code", null, null, false));
        assertTrue(e.getMessage().contains("lower-case"), e.getMessage());
    }

    @Test
    void acceptsLowerCaseNamesAndDerivesTheZoneColumn() {
        LayerSpec spec = new LayerSpec("police_beats2", "beat_num", " ", null, false);
        assertEquals("zone_police_beats2", spec.zoneColumn());
        assertNull(spec.nameField(), "a blank name field means none");
        assertEquals(
                "zone_a23456789012345678901234567890".length(),
                new LayerSpec("a23456789012345678901234567890", "c", null, null, false)
                        .zoneColumn()
                        .length());
    }

    @Test
    void requiresACodeField() {
        assertThrows(IllegalArgumentException.class, () -> new LayerSpec("beats", " ", null, null, false));
    }

    @Test
    void normalisesAnExplicitCrsAndRejectsOthers() {
        assertEquals(
                "EPSG:3435",
                new LayerSpec("beats", "c", null, null, false)
                        .withSourceCrs("epsg:03435")
                        .sourceCrs());
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new LayerSpec("beats", "c", null, null, false, "NAD83 / Illinois East"));
        assertTrue(e.getMessage().contains("EPSG:n"), e.getMessage());
    }
}
