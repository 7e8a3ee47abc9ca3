package org.khareetaty.core.forecast;

import java.util.stream.IntStream;

/**
 * A stored series' validation week by week: the mean scaled error (MASE, Hyndman &amp; Koehler 2006) of the
 * model and of the seasonal naive forecast in each of the last {@link ForecastRun#VALIDATION_WEEKS} weeks
 * of its training window, the earliest first, each week forecast from the days before it only. It says in
 * how many past weeks the model beat the naive forecast; runs stored before schema 17 have no weeks.
 *
 * @param model the model's error per week
 * @param naive the seasonal naive forecast's error in the same weeks
 */
public record ValidationWeeks(double[] model, double[] naive) {
    /** No weeks (a run stored before they were kept). */
    public static final ValidationWeeks NONE = new ValidationWeeks(new double[0], new double[0]);

    public ValidationWeeks {
        if (model.length != naive.length) {
            throw new IllegalArgumentException(model.length + " model weeks beside " + naive.length + " naive weeks");
        }
        model = model.clone();
        naive = naive.clone();
    }

    /** The number of weeks scored. */
    public int weeks() {
        return model.length;
    }

    /** The weeks in which the model's error was below the naive forecast's. */
    public int beaten() {
        return (int) IntStream.range(0, model.length)
                .filter(w -> model[w] < naive[w])
                .count();
    }
}
