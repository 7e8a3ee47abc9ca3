package org.khareetaty.core.forecast;

import java.time.LocalDate;

/**
 * One series of a stored forecast run: what was fitted, on which days, how it scored on its own last
 * weeks, and its forecast.
 *
 * @param zone           the zone code, H3 cell or {@link DailySeries#WHOLE_AREA}
 * @param parameters     the fitted parameters, {@code name=value} pairs
 * @param trainFrom      the first training day
 * @param trainTo        the last training day (the run's as-of day)
 * @param validationMase the model's mean scaled error on the last 4 weeks of the window, each week
 *                       forecast from the days before it ({@link ValidatedChoice}'s validation)
 * @param naiveMase      the seasonal naive forecast's on the same weeks
 * @param weeks          both errors week by week ({@link ValidationWeeks#NONE} for runs stored before schema 17)
 * @param forecast       the point forecast (the median) with the 80/95% count intervals; its model is the form
 * @param expected       the mean count per day
 * @param naive          the seasonal naive point forecast per day
 */
public record StoredSeries(
        String zone,
        String parameters,
        LocalDate trainFrom,
        LocalDate trainTo,
        double validationMase,
        double naiveMase,
        ValidationWeeks weeks,
        boolean lowConfidence,
        Forecast forecast,
        double[] expected,
        double[] naive) {}
