package org.khareetaty.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The whole incident history: background incidents drawn from the clock and the place sampler, each
 * followed by its near-repeat cluster, until exactly the requested count; then sorted by time (ties
 * keep generation order, so the result is deterministic).
 */
final class IncidentProcess {
    private final IncidentClock clock;
    private final PlaceSampler places;
    private final IncidentDescriptions descriptions;
    private final NearRepeatProcess nearRepeats;

    IncidentProcess(IncidentClock clock, PlaceSampler places, IncidentDescriptions descriptions) {
        this.clock = clock;
        this.places = places;
        this.descriptions = descriptions;
        this.nearRepeats = new NearRepeatProcess(clock, places, descriptions);
    }

    List<Incident> simulate(int count, DemoRandom random) {
        List<Incident> incidents = new ArrayList<>(count);
        Deque<Incident> triggers = new ArrayDeque<>();
        while (incidents.size() < count) {
            Incident background = background(random);
            incidents.add(background);
            triggers.add(background);
            while (!triggers.isEmpty() && incidents.size() < count) {
                for (Incident child : nearRepeats.followUps(triggers.poll(), random)) {
                    if (incidents.size() < count) {
                        incidents.add(child);
                        triggers.add(child);
                    }
                }
            }
            triggers.clear();
        }
        incidents.sort(Comparator.comparingLong(Incident::localSecond));
        return incidents;
    }

    /** One incident from the background intensity (no trigger). */
    Incident background(DemoRandom random) {
        IncidentClock.Moment moment = clock.background(random);
        return at(moment.type(), moment.localSecond(), random);
    }

    /** A fresh incident of the given type at the given time, placed by the usual rules. */
    Incident at(IncidentType type, long localSecond, DemoRandom random) {
        Area area = places.area(type, random);
        LatLon at = places.point(area, random);
        String description = descriptions.describe(type, area, IncidentClock.day(localSecond), random);
        return new Incident(localSecond, type, at, area, description);
    }
}
