package org.khareetaty.core.forecast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * The query class of stored forecasts (migration V10): saves a {@link StoredRun} in place of the earlier
 * run of the same scope and categories, lists the runs with their age and whether they are stale, reads
 * one back, and applies the retrain rule: a run is stale once an import completed after it was made,
 * and {@link #refresh} refits every stale run on the data up to the store's last day.
 */
public final class StoredForecasts {
    private static final String RUNS = "SELECT id, made_at, scope, categories, model, holidays, as_of, horizon,"
            + " window_days, cpu_seconds, EXISTS (SELECT 1 FROM imports i WHERE i.status = 'complete'"
            + " AND i.finished_at > r.made_at) FROM forecast_runs r";

    private StoredForecasts() {}

    /** Saves {@code run}, replacing the earlier run of its scope and categories; returns its id. */
    public static long save(Store store, StoredRun run) {
        return store.read("save the forecast of " + run.scope() + " in", c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long id = insert(c, run);
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    private static long insert(Connection c, StoredRun run) throws SQLException {
        String categories = String.join(",", run.categories());
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM forecast_runs WHERE scope = ? AND categories = ?")) {
            ps.setString(1, run.scope());
            ps.setString(2, categories);
            ps.executeUpdate();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO forecast_runs (made_at, scope, categories, model, holidays, as_of, horizon, window_days,"
                        + " cpu_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            ps.setTimestamp(1, Timestamp.from(run.madeAt()));
            ps.setString(2, run.scope());
            ps.setString(3, categories);
            ps.setString(4, run.model());
            ps.setString(5, run.holidays().name());
            ps.setObject(6, run.asOf());
            ps.setInt(7, run.horizon());
            ps.setInt(8, run.window());
            ps.setDouble(9, run.cpuSeconds());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement series = c.prepareStatement(
                        "INSERT INTO forecast_series (run_id, zone, form, parameters, train_from, train_to,"
                                + " validation_mase, naive_mase, low_confidence, ordinal)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement weeks = c.prepareStatement(
                        "INSERT INTO forecast_validation_weeks (run_id, zone, week, model_mase, naive_mase)"
                                + " VALUES (?, ?, ?, ?, ?)");
                PreparedStatement days = c.prepareStatement(
                        "INSERT INTO forecast_days (run_id, zone, target_day, point, expected, lo80, hi80, lo95, hi95, naive)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < run.series().size(); i++) {
                StoredSeries s = run.series().get(i);
                series.setLong(1, id);
                series.setString(2, s.zone());
                series.setString(3, s.forecast().model());
                series.setString(4, s.parameters());
                series.setObject(5, s.trainFrom());
                series.setObject(6, s.trainTo());
                series.setDouble(7, s.validationMase());
                series.setDouble(8, s.naiveMase());
                series.setBoolean(9, s.lowConfidence());
                series.setInt(10, i);
                series.addBatch();
                ValidationWeeks v = s.weeks();
                for (int w = 0; w < v.weeks(); w++) {
                    weeks.setLong(1, id);
                    weeks.setString(2, s.zone());
                    weeks.setInt(3, w + 1);
                    weeks.setDouble(4, v.model()[w]);
                    weeks.setDouble(5, v.naive()[w]);
                    weeks.addBatch();
                }
                Forecast f = s.forecast();
                for (int h = 0; h < f.horizon(); h++) {
                    days.setLong(1, id);
                    days.setString(2, s.zone());
                    days.setObject(3, run.asOf().plusDays(h + 1L));
                    days.setDouble(4, f.mean()[h]);
                    days.setDouble(5, s.expected()[h]);
                    days.setInt(6, (int) f.lo80()[h]);
                    days.setInt(7, (int) f.hi80()[h]);
                    days.setInt(8, (int) f.lo95()[h]);
                    days.setInt(9, (int) f.hi95()[h]);
                    days.setDouble(10, s.naive()[h]);
                    days.addBatch();
                }
            }
            series.executeBatch();
            weeks.executeBatch();
            days.executeBatch();
        }
        return id;
    }

    /** Every stored run, newest first, without its series. */
    public static List<StoredRun> list(Store store) {
        return store.read("list the forecasts in", c -> {
            List<StoredRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(RUNS + " ORDER BY made_at DESC, id DESC");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(run(rs, List.of()));
                }
            }
            return out;
        });
    }

    /** The run {@code id} with its series; an error lists the ids there are. */
    public static StoredRun load(Store store, long id) {
        return store.read("read the forecast " + id + " from", c -> {
            List<StoredSeries> series = series(c, id);
            try (PreparedStatement ps = c.prepareStatement(RUNS + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return run(rs, series);
                    }
                }
            }
            throw new IllegalArgumentException(
                    "there is no stored forecast " + id + "; list them with: khareetaty forecast stored");
        });
    }

    /**
     * The retrain rule: refits every stale run (an import completed after it was made) on the data up to
     * the store's last day with the run's scope, categories, horizon and holidays; returns the new runs.
     */
    public static List<StoredRun> refresh(Store store, ProgressListener progress) {
        List<StoredRun> out = new ArrayList<>();
        for (StoredRun old : list(store)) {
            if (!old.stale()) {
                continue;
            }
            progress.checkCancelled();
            SeriesScope scope = old.seriesScope();
            StoredRun run = ForecastRun.make(
                    ZoneDailyCounts.load(store, scope), scope, null, old.horizon(), old.holidays(), progress);
            long id = save(store, run);
            out.add(load(store, id));
        }
        return out;
    }

    private static StoredRun run(ResultSet rs, List<StoredSeries> series) throws SQLException {
        String categories = rs.getString(4);
        return new StoredRun(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")),
                rs.getString(5),
                HolidayCalendar.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getInt(8),
                rs.getInt(9),
                rs.getDouble(10),
                rs.getBoolean(11),
                series);
    }

    private static List<StoredSeries> series(Connection c, long id) throws SQLException {
        List<StoredSeries> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT zone, form, parameters, train_from, train_to, validation_mase, naive_mase, low_confidence"
                        + " FROM forecast_series WHERE run_id = ? ORDER BY ordinal")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String zone = rs.getString(1);
                    double[][] d = days(c, id, zone);
                    out.add(new StoredSeries(
                            zone,
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            weeks(c, id, zone),
                            rs.getBoolean(8),
                            new Forecast(rs.getString(2), d[0], d[2], d[3], d[4], d[5]),
                            d[1],
                            d[6]));
                }
            }
        }
        return out;
    }

    /** A series' validation weeks, the earliest first ({@link ValidationWeeks#NONE} for runs stored before V16). */
    private static ValidationWeeks weeks(Connection c, long id, String zone) throws SQLException {
        List<double[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT model_mase, naive_mase FROM forecast_validation_weeks"
                + " WHERE run_id = ? AND zone = ? ORDER BY week")) {
            ps.setLong(1, id);
            ps.setString(2, zone);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
                }
            }
        }
        return new ValidationWeeks(
                rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray());
    }

    /** Columns point, expected, lo80, hi80, lo95, hi95, naive of a series' days, by day. */
    private static double[][] days(Connection c, long id, String zone) throws SQLException {
        List<double[]> rows = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT point, expected, lo80, hi80, lo95, hi95, naive FROM forecast_days"
                        + " WHERE run_id = ? AND zone = ? ORDER BY target_day")) {
            ps.setLong(1, id);
            ps.setString(2, zone);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double[] r = new double[7];
                    for (int i = 0; i < 7; i++) {
                        r[i] = rs.getDouble(i + 1);
                    }
                    rows.add(r);
                }
            }
        }
        double[][] out = new double[7][rows.size()];
        for (int h = 0; h < rows.size(); h++) {
            for (int i = 0; i < 7; i++) {
                out[i][h] = rows.get(h)[i];
            }
        }
        return out;
    }
}
