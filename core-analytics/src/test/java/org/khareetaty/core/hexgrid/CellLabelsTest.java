package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.geo.ZoneLabel;
import org.khareetaty.core.testing.SharedData;

/** Zone labels as an analyst reads them, from the real boundary files' codes and names. */
class CellLabelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesChicagoDistrictsByNumberNotByOrdinal() throws IOException {
        Map<String, String> labels = labels("chicago/police_districts.geojson", "districts", "dist_num", "dist_label");
        assertEquals(23, labels.size());
        labels.forEach((code, label) -> assertEquals("District " + code, label));
    }

    @Test
    void setsCommunityAreaNamesInTitleCaseBeforeTheLayer() throws IOException {
        Map<String, String> labels =
                labels("chicago/community_areas.geojson", "community_areas", "area_numbe", "community");
        assertEquals(77, labels.size());
        assertEquals("Washington Park Community Area", labels.get("40"));
        assertEquals("McKinley Park Community Area", labels.get("59"));
        assertEquals("Near North Side Community Area", labels.get("8"));
    }

    @Test
    void namesBeatsByTheirCodeWithItsLeadingZero() {
        assertEquals("Beat 0111", ZoneLabel.of("beats", "0111", null));
        assertEquals("Beat 0111", ZoneLabel.of("beats", "0111", "0111"));
    }

    @Test
    void putsKuwaitGovernorateNamesBeforeTheLayer() throws IOException {
        Map<String, String> labels =
                labels("kuwait/governorates_naturalearth.geojson", "governorates", "iso_3166_2", "name_en");
        assertEquals("Hawally Governorate", labels.get("KW-HA"));
        assertEquals("Capital Governorate", labels.get("KW-KU"));
        assertEquals("Al Farwaniyah Governorate", labels.get("KW-FA"));
        assertEquals("Hawalli Governorate", ZoneLabel.of("governorates", "KW-HA", "Hawalli Governorate"));
    }

    @Test
    void singularisesLayerNames() {
        assertEquals("Community Area", ZoneLabel.layerTitle("community_areas"));
        assertEquals("County", ZoneLabel.layerTitle("counties"));
        assertEquals("Patrol", ZoneLabel.layerTitle("patrol"));
    }

    @Test
    void namesTheStreetFirstInSentences() {
        assertEquals(
                "037XX N HALSTED ST (Beat 1925 / District 19)",
                CellLabels.inSentence("Beat 1925 / District 19 / Street-scale / 037XX N HALSTED ST"));
        assertEquals("Jleeb Al-Shuyoukh", CellLabels.inSentence("Street-scale / Jleeb Al-Shuyoukh"));
        assertEquals("Hawally Governorate", CellLabels.inSentence("Hawally Governorate"));
    }

    /** Quick hits about a drilled-into cell name the cell, not the zone around it. */
    @Test
    void namesADrilledIntoCellAsACellInItsZone() {
        long r7 = org.khareetaty.core.geo.H3Cells.h3().latLngToCell(41.9493, -87.6495, 7);
        long r9 = org.khareetaty.core.geo.H3Cells.h3().latLngToCell(41.9493, -87.6495, 9);
        assertEquals(
                "the r7 cell in Beat 1925 / District 19", CellLabels.cellInSentence(r7, "Beat 1925 / District 19"));
        assertEquals(
                "the r9 cell on 037XX N HALSTED ST (Beat 1925 / District 19)",
                CellLabels.cellInSentence(r9, "Beat 1925 / District 19 / Street-scale / 037XX N HALSTED ST"));
        assertEquals("the r7 cell", CellLabels.cellInSentence(r7, Long.toHexString(r7)), "no H3 id in a sentence");
        assertEquals(
                "037XX N HALSTED ST", CellLabels.street("Beat 1925 / District 19 / Street-scale / 037XX N HALSTED ST"));
        assertEquals(null, CellLabels.street("Beat 1925 / District 19"));
    }

    /** Code to label of every feature of a real boundary file. */
    private static Map<String, String> labels(String file, String layer, String codeField, String nameField)
            throws IOException {
        JsonNode fc = JSON.readTree(SharedData.file(file).toFile());
        Map<String, String> out = new TreeMap<>();
        for (JsonNode f : fc.get("features")) {
            JsonNode p = f.get("properties");
            out.put(
                    p.get(codeField).asText(),
                    ZoneLabel.of(
                            layer, p.get(codeField).asText(), p.get(nameField).asText()));
        }
        return out;
    }
}
