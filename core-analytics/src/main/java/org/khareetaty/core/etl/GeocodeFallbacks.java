package org.khareetaty.core.etl;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.incidents.PlaceFlags;

/**
 * Finds the likely geocoder fallbacks among an import's incidents: exact points that hold at least
 * {@link #MIN_INCIDENTS} incidents with at least {@link #MIN_ADDRESSES} different addresses (the
 * block, compared without case). A geocoder that cannot place an address often returns the city's
 * or county's centroid instead, so one point gathers addresses from all over the map.
 *
 * <p>The threshold, from the real Chicago sample (25,000 rows, 20,427 distinct points, geocoded to
 * the block): 20,407 points hold one block, 20 hold two or three spellings, and ignoring case no
 * point holds more than two blocks (a corner between two blocks); its busiest point holds 50
 * incidents of one block. Five different addresses at one exact point is then far beyond chance,
 * and ten incidents keep a handful of corner cases out. A source without an address (the Crime
 * Open Database: no block column) is checked by the zone each record states (its own district): a
 * centroid gathers reports from all over the city, each with its own district, while in the real
 * aggravated-assault file (coordinates to 4 decimals, so up to 11 m apart share a point) no point
 * holds more than 2 districts.
 */
final class GeocodeFallbacks {
    /** Incidents at one point before it can be a fallback. */
    static final int MIN_INCIDENTS = 10;
    /** Different addresses (blocks, without case) at one point that make it a fallback. */
    static final int MIN_ADDRESSES = 5;

    /** An incident's address, as the search compares it: the block, else the zones the source states. */
    static final String ADDRESS = "COALESCE(block, claimed_zones)";

    /** One point that holds many addresses. */
    record Stack(double lon, double lat, long incidents, long addresses) {
        /** The flag code, with the point as {@code --geocode-fallback} takes it. */
        String code() {
            return Flag.GEOCODE_FALLBACK + lon + "," + lat;
        }
    }

    private GeocodeFallbacks() {}

    /**
     * Flags the incidents of the import at {@code stack}'s point ({@code place_flag}
     * {@link PlaceFlags#GEOCODE_FALLBACK}), so that no hotspot analysis reads them; a flag they had
     * (kept at the study area's edge) follows it, since the drill-down's aggregates keep it; the
     * caller commits.
     */
    static void mark(IncidentSink incidents, Stack stack) throws SQLException, IOException {
        incidents.markFallback(
                stack,
                PlaceFlags.GEOCODE_FALLBACK + ": " + stack.addresses()
                        + " addresses at this point; left out of hotspots");
    }

    /**
     * The likely fallbacks among an import's incidents ({@code rows}), busiest first;
     * {@code counts} are its addressed incidents (a block, or the zones the source states) per point,
     * as {@link IncidentWriter} counted them while writing. The search reads the import's addressed
     * incidents back once, streamed, and counts exactly the incidents and distinct addresses of the
     * points counted at least {@link #MIN_INCIDENTS} times (an SQL {@code GROUP BY} of the points held
     * every group in H2's memory: the 2,000,000-row benchmark file ran out of a 1 GB heap); an import
     * where no point reached {@link #MIN_INCIDENTS}, which cannot hold a fallback, is not read.
     */
    static List<Stack> find(IncidentSink rows, PointCounts counts) throws SQLException, IOException {
        if (counts.max() < MIN_INCIDENTS) {
            return List.of();
        }
        // the candidates' incidents and distinct addresses, exactly (two points sharing a hash in
        // the counts only make a candidate)
        Map<List<Double>, Set<String>> addresses = new HashMap<>();
        Map<List<Double>, long[]> incidents = new HashMap<>();
        rows.readAddressed((lon, lat, address) -> {
            if (counts.get(lon, lat) >= MIN_INCIDENTS) {
                List<Double> point = List.of(lon, lat);
                incidents.computeIfAbsent(point, k -> new long[1])[0]++;
                addresses.computeIfAbsent(point, k -> new HashSet<>()).add(address);
            }
        });
        List<Stack> out = new ArrayList<>();
        incidents.forEach((point, n) -> {
            int distinct = addresses.get(point).size();
            if (n[0] >= MIN_INCIDENTS && distinct >= MIN_ADDRESSES) {
                out.add(new Stack(point.get(0), point.get(1), n[0], distinct));
            }
        });
        out.sort(Comparator.comparingLong(Stack::incidents)
                .reversed()
                .thenComparingDouble(Stack::lon)
                .thenComparingDouble(Stack::lat));
        return out;
    }

    /** One incident's point and address. */
    interface Row {
        void accept(double lon, double lat, String address);
    }
}
