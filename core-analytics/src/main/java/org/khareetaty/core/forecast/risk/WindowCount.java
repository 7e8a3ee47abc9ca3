package org.khareetaty.core.forecast.risk;

/**
 * The count of incidents per cell over the {@code days} days before the forecast day: the naive
 * hotspot forecast (protocol B4 methods 1 and 2: {@code naive} = 365 days, {@code last28} = 28), the
 * "retrospective hotspot" map police analysts draw (Chainey, Tompson & Uhlig 2008).
 *
 * @param name the method's name
 * @param days window length, days
 */
public record WindowCount(String name, int days) implements RiskMethod {
    /** Protocol B's naive method: the last 365 days' count. */
    public static WindowCount naive() {
        return new WindowCount("naive", 365);
    }

    /** Protocol B's last28 method. */
    public static WindowCount last28() {
        return new WindowCount("last28", 28);
    }

    @Override
    public double[] score(RiskGrid grid, int epochDay) {
        double[] out = new double[grid.cells()];
        RiskIncidents in = grid.incidents();
        int to = in.indexOfDay(epochDay);
        for (int k = in.indexOfDay(epochDay - days); k < to; k++) {
            out[grid.cellOf(k)]++;
        }
        return out;
    }
}
