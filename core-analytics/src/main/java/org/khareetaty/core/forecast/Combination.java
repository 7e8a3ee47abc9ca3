package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The equal-weight combination of count models (Bates &amp; Granger 1969; Clemen 1989; the simple
 * average that is hard to beat, Makridakis et al. 2020, the M4 competition): the mean of the members'
 * forecast means. Its variance is the mean of the members' variances, which is the variance of the
 * average when the members' errors are perfectly correlated and an upper bound otherwise: the members
 * see the same days, so their errors are strongly correlated.
 */
public final class Combination implements CountModel {
    private final String name;
    private final List<CountModel> members;

    /** The mean of {@code members}, reported as {@code name}. */
    public Combination(String name, List<CountModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one model");
        }
        this.name = name;
        this.members = List.copyOf(members);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Moments moments(double[] y, LocalDate next, int horizon) {
        double[] mean = new double[horizon];
        double[] variance = new double[horizon];
        List<Moments> each =
                members.stream().map(m -> m.moments(y, next, horizon)).toList();
        for (Moments m : each) {
            for (int h = 0; h < horizon; h++) {
                mean[h] += m.mean()[h] / each.size();
                variance[h] += m.variance()[h] / each.size();
            }
        }
        return new Moments(
                each.stream().map(Moments::model).collect(Collectors.joining("+")),
                mean,
                variance,
                each.stream().map(m -> m.model() + "{" + m.parameters() + "}").collect(Collectors.joining(" ")));
    }
}
