package org.khareetaty.core.forecast;

/**
 * The forecast of one zone (or the whole area) for the days after the as-of day, with the seasonal
 * naive baseline beside it.
 *
 * @param zone          the zone code, or {@link DailySeries#WHOLE_AREA}
 * @param model         the chosen model's forecast
 * @param naive         the seasonal naive forecast (always shown beside it)
 * @param recentDaily   mean incidents per day over the last 28 days of the training window
 * @param lowConfidence under about one incident a day: a daily count forecast of such a zone is mostly
 *                      noise, its intervals wide compared with the mean (pooling is not done yet)
 */
public record ZoneForecast(String zone, Forecast model, Forecast naive, double recentDaily, boolean lowConfidence) {}
