package org.khareetaty.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Near-repeat victimisation as a self-exciting (Hawkes-like) cluster process: every burglary, theft
 * or vehicle theft triggers a Poisson number of follow-ups of the same type (mean
 * {@link IncidentType#branching()}, below 1), each within 200 m and 7 days, and each follow-up can
 * trigger its own. Burglary risk is known to rise sharply for nearby homes for one to two weeks
 * after a burglary and to decay with distance and time (Townsley, Homel &amp; Chaseling 2003,
 * "Infectious burglaries", Brit. J. Criminology 43; Johnson &amp; Bowers 2004, "The burglary as clue
 * to the future", Eur. J. Criminology 1); the self-exciting point process form is that of Mohler et
 * al. 2011, "Self-exciting point process modeling of crime", JASA 106.
 */
final class NearRepeatProcess {
    /** Follow-ups fall within this distance of their trigger, metres. */
    static final double MAX_METRES = 190;

    private static final double MEAN_METRES = 70;
    /** Lags of 0..6 days plus a time of day: always within 7 days. */
    private static final int MAX_LAG_DAYS = 6;

    private final IncidentClock clock;
    private final PlaceSampler places;
    private final IncidentDescriptions descriptions;
    private final WeightedTable lagDays;

    NearRepeatProcess(IncidentClock clock, PlaceSampler places, IncidentDescriptions descriptions) {
        this.clock = clock;
        this.places = places;
        this.descriptions = descriptions;
        double[] weights = new double[MAX_LAG_DAYS + 1];
        for (int lag = 0; lag <= MAX_LAG_DAYS; lag++) {
            // risk decays over days: exponential with a 2-day scale
            weights[lag] = StrictMath.exp(-lag / 2.0);
        }
        lagDays = new WeightedTable(weights);
    }

    /** The direct follow-ups of one incident (possibly none), each later than it and inside the period. */
    List<Incident> followUps(Incident trigger, DemoRandom random) {
        double branching = trigger.type().branching();
        if (branching <= 0) {
            return List.of();
        }
        int count = random.poisson(branching);
        List<Incident> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            followUp(trigger, random).ifPresent(children::add);
        }
        return children;
    }

    private Optional<Incident> followUp(Incident trigger, DemoRandom random) {
        LocalDate day = IncidentClock.day(trigger.localSecond()).plusDays(lagDays.sample(random));
        long time = clock.timeOnDay(trigger.type(), day, random);
        if (time <= trigger.localSecond()) {
            time += 86_400L;
        }
        if (!clock.covers(time)) {
            return Optional.empty();
        }
        Area area = trigger.area();
        long when = time;
        return places.near(area, trigger.at(), MEAN_METRES, MAX_METRES, random)
                .map(at -> new Incident(
                        when, trigger.type(), at, area, descriptions.followUp(trigger.type(), area, random)));
    }
}
