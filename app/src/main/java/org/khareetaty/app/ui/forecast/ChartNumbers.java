package org.khareetaty.app.ui.forecast;

import java.time.LocalDate;

/**
 * What the forecast chart draws, read back from its datasets (tests).
 *
 * @param lastHistoryDay the last day of the history line (the forecast's as-of day)
 */
public record ChartNumbers(
        String title,
        double[] point,
        double[] lo80,
        double[] hi80,
        double[] lo95,
        double[] hi95,
        double[] naive,
        double[] history,
        LocalDate lastHistoryDay) {}
