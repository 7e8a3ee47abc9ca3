package org.khareetaty.core.alert.risk;

import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import com.uber.h3core.util.LatLng;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;

/**
 * Dynamic risk per H3 cell, after the original platform's sensor-fusion service: each new incident
 * adds {@code w(category) x (1 - d / radius)} to every cell whose centre lies within {@code radius}
 * of it (d the distance from the incident to the cell centre), so risk falls linearly from the
 * incident's weight at its own spot to 0 at the radius. Risk decays exponentially with stream time,
 * halving every half-life; a cell whose risk decays below the prune level is forgotten, so the map
 * holds only cells near recent incidents. The spatial term reads a cell's risk as
 * {@code 1 - exp(-risk / saturation)}. Not thread safe: one engine thread.
 */
public final class RiskMap {
    private static final int CENTRE_CACHE = 200_000;
    private final AlertConfig.Risk config;
    private final int res;
    private final int rings;
    private final double lambdaPerMilli;
    private final Map<Long, double[]> cells = new HashMap<>();
    private final Map<Long, double[]> centres = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, double[]> eldest) {
            return size() > CENTRE_CACHE;
        }
    };

    /** A map over cells of resolution {@code res}. */
    public RiskMap(AlertConfig.Risk config, int res) {
        this.config = config;
        this.res = res;
        H3Core h3 = H3Cells.h3();
        // neighbouring centres of a ring are at least 1.5 edge lengths further out; edges vary by
        // about a quarter around the average, hence the margin
        double edge = h3.getHexagonEdgeLengthAvg(res, LengthUnit.m) * 0.75;
        this.rings = (int) Math.ceil(config.radiusM() / (1.5 * edge)) + 1;
        this.lambdaPerMilli = Math.log(2) / config.halfLife().toMillis();
    }

    /** Raises the risk around an incident of {@code category} at {@code lat, lon} occurring at {@code at}. */
    public void raise(double lat, double lon, String category, Instant at) {
        double w = config.weightOf(category);
        if (w <= 0) {
            return;
        }
        H3Core h3 = H3Cells.h3();
        long origin = h3.latLngToCell(lat, lon, res);
        List<Long> disk = h3.gridDisk(origin, rings);
        long t = at.toEpochMilli();
        for (long cell : disk) {
            double[] c = centre(cell);
            double d = GreatCircle.metres(lat, lon, c[0], c[1]);
            if (d <= config.radiusM()) {
                add(cell, w * (1 - d / config.radiusM()), t);
            }
        }
    }

    private void add(long cell, double amount, long t) {
        double[] r = cells.get(cell);
        if (r == null) {
            cells.put(cell, new double[] {amount, t});
            return;
        }
        double now = decayed(r, t);
        r[0] = now + amount;
        r[1] = Math.max(r[1], t);
    }

    /** The risk of a cell at {@code at} (0 for a cell no incident has touched). */
    public double riskAt(long cell, Instant at) {
        double[] r = cells.get(cell);
        return r == null ? 0 : decayed(r, at.toEpochMilli());
    }

    /** The risk of the cell holding {@code lat, lon} at {@code at}. */
    public double riskAt(double lat, double lon, Instant at) {
        return riskAt(H3Cells.h3().latLngToCell(lat, lon, res), at);
    }

    /** The spatial term of a risk value: {@code 1 - exp(-risk / saturation)}. */
    public double term(double risk) {
        return 1 - Math.exp(-risk / config.saturation());
    }

    private double decayed(double[] r, long t) {
        // a late incident (t before the cell's last update) does not make the value grow backwards
        return r[0] * Math.exp(-lambdaPerMilli * Math.max(0, t - (long) r[1]));
    }

    /** Forgets cells whose risk has decayed below the prune level at {@code now}. */
    public void prune(Instant now) {
        long t = now.toEpochMilli();
        for (Iterator<double[]> it = cells.values().iterator(); it.hasNext(); ) {
            if (decayed(it.next(), t) < config.pruneBelow()) {
                it.remove();
            }
        }
    }

    /** Cells with a risk. */
    public int size() {
        return cells.size();
    }

    /** The H3 resolution of the cells. */
    public int resolution() {
        return res;
    }

    private double[] centre(long cell) {
        return centres.computeIfAbsent(cell, k -> {
            LatLng c = H3Cells.h3().cellToLatLng(k);
            return new double[] {c.lat, c.lng};
        });
    }
}
