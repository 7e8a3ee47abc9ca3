package org.khareetaty.core.etl;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The value of each field of a segment ({@link org.khareetaty.core.store.segment.SegmentFormat})
 * for one loaded incident: the same value {@link TableIncidents} gives the {@code incidents}
 * column of that name, so that the segment and the table hold the same rows.
 */
final class SegmentColumns {
    /** Sets one field's value of one incident. */
    interface Column {
        void set(FieldVector v, int i, long id, LoadedIncident r);
    }

    private SegmentColumns() {}

    /** One {@link Column} per field of {@code schema}, in its order. */
    static Column[] of(Schema schema, long importId, String source, List<String> zoneColumns) {
        List<Field> fields = schema.getFields();
        Column[] columns = new Column[fields.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = column(fields.get(k).getName(), importId, source, zoneColumns);
        }
        return columns;
    }

    private static Column column(String name, long importId, String source, List<String> zoneColumns) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "ID" -> (v, i, id, r) -> ((BigIntVector) v).setSafe(i, id);
            case "IMPORT_ID" -> (v, i, id, r) -> ((BigIntVector) v).setSafe(i, importId);
            case "LINE_NUMBER" -> (v, i, id, r) -> ((BigIntVector) v).setSafe(i, r.line());
            case "SOURCE" -> text(r -> source);
            case "SOURCE_ID" -> text(r -> r.incident().sourceId());
            case "CASE_NUMBER" -> text(r -> r.incident().caseNumber());
            case "DEDUP_KEY" -> (v, i, id, r) -> ((BigIntVector) v).setSafe(i, r.key());
            case "OCCURRED_AT" ->
                (v, i, id, r) ->
                        ((TimeStampMicroTZVector) v).setSafe(i, micros(r.time().toInstant()));
            case "SOURCE_ZONE" -> text(r -> r.incident().zone().getId());
            case "LOCAL_DATE" ->
                (v, i, id, r) -> ((DateDayVector) v)
                        .setSafe(i, (int) r.time().toLocalDate().toEpochDay());
            case "LOCAL_HOUR" ->
                (v, i, id, r) -> ((TinyIntVector) v).setSafe(i, r.time().getHour());
            case "DAY_OF_WEEK" ->
                (v, i, id, r) ->
                        ((TinyIntVector) v).setSafe(i, r.time().getDayOfWeek().getValue());
            case "LOCAL_MONTH" ->
                (v, i, id, r) -> ((TinyIntVector) v).setSafe(i, r.time().getMonthValue());
            case "OFFENSE_CODE" -> text(r -> r.incident().offenseCode());
            case "OFFENSE_TYPE" -> text(r -> r.incident().offenseType());
            case "OFFENSE_DESCRIPTION" ->
                text(r -> LoadedIncident.truncate(r.incident().offenseDescription(), LoadedIncident.TEXT));
            case "FBI_CODE" -> text(r -> r.incident().fbiCode());
            case "CATEGORY" -> text(r -> r.kind().category());
            case "SEVERITY" ->
                (v, i, id, r) -> ((Float4Vector) v).setSafe(i, r.kind().severity());
            case "ARREST" -> bool(r -> r.incident().arrest());
            case "DOMESTIC" -> bool(r -> r.incident().domestic());
            case "BLOCK" -> text(LoadedIncident::block);
            case "LOCATION_DESCRIPTION" ->
                text(r -> LoadedIncident.truncate(r.incident().locationDescription(), LoadedIncident.TEXT));
            case "CLAIMED_ZONES" -> text(LoadedIncident::claimedZones);
            case "ZONE_MISMATCH" -> text(r -> LoadedIncident.truncate(r.mismatch(), LoadedIncident.ZONES_TEXT));
            case "TIME_FLAG" -> text(LoadedIncident::timeFlag);
            case "TIME_PRECISION" -> text(r -> r.incident().time().precision().code());
            case "PLACE_FLAG" -> text(LoadedIncident::placeFlag);
            case "LON" ->
                (v, i, id, r) -> ((Float8Vector) v).setSafe(i, r.incident().lon());
            case "LAT" ->
                (v, i, id, r) -> ((Float8Vector) v).setSafe(i, r.incident().lat());
            case "H3_R6" -> cell(0);
            case "H3_R7" -> cell(1);
            case "H3_R8" -> cell(2);
            case "H3_R9" -> cell(3);
            case "H3_R10" -> cell(4);
            default -> zone(name, zoneColumns);
        };
    }

    private static Column zone(String name, List<String> zoneColumns) {
        for (int z = 0; z < zoneColumns.size(); z++) {
            if (zoneColumns.get(z).equalsIgnoreCase(name)) {
                int layer = z;
                return text(r -> r.zones()[layer]);
            }
        }
        throw new IllegalStateException("the store's incidents table has a column " + name
                + " that no boundary layer and no importer field fills: the segment cannot hold it");
    }

    private static Column cell(int resolution) {
        return (v, i, id, r) -> ((BigIntVector) v).setSafe(i, r.cells()[resolution]);
    }

    /** Epoch microseconds (the times the importer stores are whole seconds). */
    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    private interface Text {
        String of(LoadedIncident r);
    }

    private interface Flag {
        Boolean of(LoadedIncident r);
    }

    private static Column text(Text value) {
        return (v, i, id, r) -> put((VarCharVector) v, i, value.of(r));
    }

    /** Sets a text value, or null. */
    static void put(VarCharVector v, int i, String s) {
        if (s == null) {
            v.setNull(i);
        } else {
            v.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Column bool(Flag value) {
        return (v, i, id, r) -> {
            Boolean b = value.of(r);
            if (b == null) {
                v.setNull(i);
            } else {
                ((BitVector) v).setSafe(i, b ? 1 : 0);
            }
        };
    }
}
