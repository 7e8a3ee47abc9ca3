package org.khareetaty.core.forecast.spike;

/**
 * How often the check alarms on real series: every alarm is counted as false, so this is an upper
 * bound (real series hold real spikes too). A zone-month is 30.44 zone-days.
 *
 * @param zones series checked (the zones, not the whole area)
 * @param days days checked per series
 * @param alarms days with {@code z > 3}
 * @param exceedances days above the 95% interval
 */
public record AlarmRate(int zones, int days, int alarms, int exceedances) {
    /** Alarms per zone-month. */
    public double alarmsPerZoneMonth() {
        return alarms / zoneMonths();
    }

    /** 95% interval exceedances per zone-month. */
    public double exceedancesPerZoneMonth() {
        return exceedances / zoneMonths();
    }

    private double zoneMonths() {
        return (double) zones * days / 30.44;
    }
}
