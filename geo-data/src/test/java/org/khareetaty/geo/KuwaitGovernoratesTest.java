package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The bundled Kuwait governorates. */
class KuwaitGovernoratesTest {
    @TempDir
    static Path dir;

    static Store store;
    static LayerLoadResult result;

    @BeforeAll
    static void loadBundledLayer() {
        store = Store.open(dir.resolve("store"));
        result = KuwaitGovernorates.load(store, ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void namesTheZonesInEnglishOrArabicInsteadOfTheirCodes() {
        ZoneNames names = store.read("read the zone names of", ZoneNames::read);
        assertEquals("governorates", names.primaryLayer());
        assertEquals("Al Farwaniyah Governorate", names.primaryName("KW-FA", Locale.ENGLISH));
        assertEquals("محافظة الفروانية", names.primaryName("KW-FA", Locale.forLanguageTag("ar")));
        assertEquals("Hawally Governorate", names.name("governorates", "KW-HA", Locale.ENGLISH));
        assertEquals("KW-XX", names.primaryName("KW-XX", Locale.ENGLISH), "a code no layer names shows as it is");
        assertEquals("KW-FA", names.name("beats", "KW-FA", Locale.ENGLISH), "no such layer");
    }

    @Test
    void loadsAllSixGovernoratesAsThePrimaryLayer() throws Exception {
        assertEquals(6, result.featuresRead());
        assertEquals(6, result.loaded());
        assertTrue(result.primary());
        assertEquals("classpath:" + KuwaitGovernorates.RESOURCE, result.file());
        assertEquals(
                List.of("KW-AH", "KW-FA", "KW-HA", "KW-JA", "KW-KU", "KW-MU"),
                StoreRows.strings(store, "SELECT code FROM boundaries WHERE layer = 'governorates' ORDER BY code"));
    }

    @Test
    void keepsTheArabicNameInTheAttributes() throws Exception {
        String attributes = StoreRows.strings(
                        store, "SELECT attributes FROM boundaries WHERE layer = 'governorates' AND code = 'KW-JA'")
                .get(0);
        assertEquals(
                "محافظة الجهراء",
                JsonSupport.READER.readTree(attributes).get("name_ar").asText());
        assertTrue(attributes.contains("محافظة الجهراء"), "stored as text, not escaped: " + attributes);
    }

    @Test
    void kuwaitCityLiesInTheCapitalGovernorate() {
        var capital = new BoundaryLayers(store).studyArea().orElseThrow();
        assertTrue(capital.covers(new GeometryFactory().createPoint(new Coordinate(47.9783, 29.3759))), "Kuwait City");
    }

    @Test
    void keepsTheResourcePathTheDemoGeneratorReads() {
        assertEquals("/org/khareetaty/geo/kuwait/governorates_naturalearth.geojson", KuwaitGovernorates.RESOURCE);
    }
}
