package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Coordinate;

/**
 * A sergeant's shift briefing of one zone (docs/reports.md), and its query class: the incidents of
 * the 7 days up to a moment (those of the last 24 hours among them), the alerts still open there with
 * their one-line explanations, and the near repeats among the week's incidents.
 *
 * @param store       the store's name (its folder)
 * @param generated   when the briefing was made
 * @param zone        the zone briefed
 * @param zoneName    the zone's name ("" when none)
 * @param zoneNameArabic the zone's Arabic name (the boundary's {@code name_ar}), or null when it has none
 * @param asOf        the moment the briefing is for
 * @param timeZone    the incidents' time zone, in which the briefing gives times
 * @param lastWeek    the incidents of completed imports in the zone in the 7 days before {@code asOf} (its
 *                    start included, {@code asOf} excluded), oldest first
 * @param openAlerts  the alerts raised by then at a place in the zone and not closed, highest priority first
 * @param nearRepeats pairs of the week's incidents of one category close in place and time, latest first
 * @param map         the small map: the zone over the basemap, the week's incidents as points, the forecast
 *                    boxes in the zone
 * @param boxes       the forecast boxes of the briefing's day (the as-of's local date) with those in the zone
 *                    shown, or null when not asked for
 */
public record Briefing(
        String store,
        Instant generated,
        ReportScope.Zone zone,
        String zoneName,
        String zoneNameArabic,
        Instant asOf,
        ZoneId timeZone,
        List<BriefingIncident> lastWeek,
        List<BriefingAlert> openAlerts,
        List<NearRepeat> nearRepeats,
        ReportMap map,
        ForecastBoxes boxes) {

    /**
     * This briefing with its small map drawn over the raster basemap {@code tiles} (null: the boundaries alone) and
     * the street lines of {@code streets} (null: none).
     */
    public Briefing withBasemap(RasterTiles tiles, StreetLayer streets) {
        return new Briefing(
                store,
                generated,
                zone,
                zoneName,
                zoneNameArabic,
                asOf,
                timeZone,
                lastWeek,
                openAlerts,
                nearRepeats,
                map.withBackground(tiles, streets),
                boxes);
    }

    /** The incidents of the 24 hours before {@link #asOf}: from {@code asOf} - 24 h included to {@code asOf} excluded. */
    public List<BriefingIncident> lastDay() {
        Instant from = asOf.minus(24, ChronoUnit.HOURS);
        return lastWeek.stream().filter(i -> !i.at().isBefore(from)).toList();
    }

    /** The time zone of {@code store}'s incidents (the first one's; UTC when it holds none). */
    public static ZoneId timeZone(Store store) {
        try (Connection c = store.connect()) {
            return AlertSummary.zone(c);
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the time zone of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The briefing of {@code zone} on {@code store} as of {@code asOf}, made at {@code generated}, without forecast boxes. */
    public static Briefing of(Store store, ReportScope.Zone zone, Instant asOf, Instant generated) {
        return of(store, zone, asOf, generated, 0);
    }

    /**
     * The briefing of {@code zone} on {@code store} as of {@code asOf}, made at {@code generated}, with the
     * forecast boxes of the as-of's local day at {@code boxesCoverage}% of the area (0: none): the cells the
     * self-exciting forecast flags for that day from the incidents of the days before it ({@link ForecastBoxes}).
     */
    public static Briefing of(
            Store store, ReportScope.Zone zone, Instant asOf, Instant generated, double boxesCoverage) {
        ForecastBoxes boxes = boxesCoverage == 0
                ? null
                : ForecastBoxes.of(
                        store, List.of(), asOf.atZone(timeZone(store)).toLocalDate(), boxesCoverage);
        try (Connection c = store.connect()) {
            String[] name = KpiCounts.scopeZone(c, zone);
            List<BriefingIncident> week = new ArrayList<>();
            KpiCounts.Filter filter = KpiCounts.filter(c, zone, List.of());
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, occurred_at, source_zone, time_precision = 'day', "
                            + "block, offense_type, offense_description, category, lat, lon FROM incidents "
                            + "WHERE occurred_at >= ? AND occurred_at < ? AND local_date BETWEEN ? AND ?"
                            + filter.sql() + " ORDER BY occurred_at, id")) {
                OffsetDateTime from = OffsetDateTime.ofInstant(asOf.minus(7, ChronoUnit.DAYS), ZoneOffset.UTC);
                OffsetDateTime to = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
                ps.setObject(1, from);
                ps.setObject(2, to);
                // the week's local dates, a day either side of its UTC dates (no zone is 24 h off UTC):
                // the incidents' date index narrows the read to them
                ps.setObject(3, from.toLocalDate().minusDays(1));
                ps.setObject(4, to.toLocalDate().plusDays(1));
                filter.bind(ps, 5);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                        String description = rs.getString(7);
                        BriefingIncident i = new BriefingIncident(
                                rs.getLong(1),
                                at.toInstant(),
                                at.atZoneSameInstant(ZoneId.of(rs.getString(3))).toLocalDateTime(),
                                rs.getBoolean(4),
                                rs.getString(5) == null ? "" : rs.getString(5),
                                rs.getString(6)
                                        + (description == null || description.isBlank() ? "" : ", " + description),
                                rs.getString(8),
                                rs.getDouble(9),
                                rs.getDouble(10));
                        week.add(i);
                    }
                }
            }
            ReportMap map = ReportMap.briefing(
                            c,
                            zone,
                            week.stream()
                                    .map(i -> new Coordinate(i.lon(), i.lat()))
                                    .toList())
                    .with(boxes, null);
            return new Briefing(
                    store.dir().getFileName() == null
                            ? store.dir().toString()
                            : store.dir().getFileName().toString(),
                    generated,
                    zone,
                    name[0],
                    name[1],
                    asOf,
                    AlertSummary.zone(c),
                    week,
                    alerts(c, zone, asOf),
                    NearRepeat.of(week),
                    map,
                    map.boxes());
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the briefing of " + zone + " from the store at " + store.dir() + ": " + e.getMessage(),
                    e);
        }
    }

    private static List<BriefingAlert> alerts(Connection c, ReportScope.Zone zone, Instant asOf) throws SQLException {
        List<BriefingAlert> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.priority, a.state, a.alert_type, a.event_type, "
                + "a.raised_at, e.explanation FROM alerts a LEFT JOIN alert_explanations e ON e.alert_id = a.id "
                + "WHERE a.state <> 'closed' AND a.raised_at <= ? AND EXISTS (SELECT 1 FROM boundaries s "
                + "WHERE s.layer = ? AND s.code = ? AND ST_Covers(s.geom, ST_SetSRID(ST_MakePoint(a.lon, a.lat), 4326))) "
                + "ORDER BY a.priority, a.raised_at DESC, a.id")) {
            ps.setObject(1, OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
            ps.setString(2, zone.layer());
            ps.setString(3, zone.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String gate = ExplanationDocument.read(rs.getString(7)).gate();
                    out.add(new BriefingAlert(
                            rs.getLong(1),
                            rs.getString(2).trim(),
                            rs.getString(3),
                            rs.getString(4) + (rs.getString(5) == null ? "" : " " + rs.getString(5)),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            gate == null ? "" : gate));
                }
            }
        }
        return out;
    }
}
