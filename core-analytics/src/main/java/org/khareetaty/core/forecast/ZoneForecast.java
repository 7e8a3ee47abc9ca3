package org.khareetaty.core.forecast;

/**
 * The forecast of one zone (or the whole area) for the days after the as-of day, with the seasonal
 * naive baseline beside it.
 *
 * @param zone          the zone code, or {@link DailySeries#WHOLE_AREA}
 * @param model         the chosen model's forecast (its point: the median for the headline model)
 * @param expected      the chosen model's expected count per day (its mean), for totals
 * @param naive         the seasonal naive forecast (always shown beside it)
 * @param recentDaily   mean incidents per day over the last 28 days of the training window
 * @param lowConfidence under about one incident a day over the last 28 days or the training window (then
 *                      pooled): a daily count forecast of such a zone is mostly
 *                      noise, its intervals wide compared with the mean; the headline model forecasts it
 *                      as its share of its parent zone or the whole area ({@link Pooled})
 * @param pooledWith    the series a pooled zone was forecast a share of (its parent zone's code, or
 *                      {@link DailySeries#WHOLE_AREA}); null when the zone was forecast from its own days
 */
public record ZoneForecast(
        String zone,
        Forecast model,
        double[] expected,
        Forecast naive,
        double recentDaily,
        boolean lowConfidence,
        String pooledWith) {}
