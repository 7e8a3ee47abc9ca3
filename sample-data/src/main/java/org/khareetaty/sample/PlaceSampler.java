package org.khareetaty.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where incidents happen: a population-weighted mixture of Gaussian clusters, one broad cluster per
 * neighbourhood (a few hundred metres to 2 km) plus two tight micro-places (sigma 150 m) that take a
 * fixed share of its incidents, because crime concentrates at a few places within any area
 * (Weisburd 2015, "The law of crime concentration"). Samples outside the area's governorate polygon
 * (in the sea, across the boundary) are rejected and drawn again.
 */
final class PlaceSampler {
    private static final int MICRO_PLACES = 2;
    private static final double MICRO_SIGMA_METRES = 150;
    private static final int ATTEMPTS = 64;

    private final List<Area> areas;
    private final GovernoratePolygons polygons;
    private final WeightedTable[] areaByType;
    private final Map<Area, List<LatLon>> microPlaces = new HashMap<>();

    /**
     * @param setup the stream that places the micro-places (fixed for a seed)
     * @throws IllegalStateException naming the area when an area centre is outside its governorate polygon
     */
    PlaceSampler(List<Area> areas, GovernoratePolygons polygons, DemoRandom setup) {
        this.areas = List.copyOf(areas);
        this.polygons = polygons;
        for (Area area : this.areas) {
            if (!polygons.contains(area.governorate(), area.lat(), area.lon())) {
                throw new IllegalStateException("area '" + area.name() + "' centre " + area.lat() + "," + area.lon()
                        + " is not inside the '" + area.governorate() + "' polygon; found in "
                        + polygons.governorateAt(area.lat(), area.lon()).orElse("no governorate")
                        + ": fix its label or move it in KuwaitAreas");
            }
        }
        areaByType = new WeightedTable[IncidentType.values().length];
        for (IncidentType type : IncidentType.values()) {
            double[] weights = new double[this.areas.size()];
            for (int i = 0; i < weights.length; i++) {
                Area area = this.areas.get(i);
                weights[i] = area.population() * area.character().affinity(type);
            }
            areaByType[type.ordinal()] = new WeightedTable(weights);
        }
        for (Area area : this.areas) {
            List<LatLon> places = new ArrayList<>();
            LatLon centre = LatLon.rounded(area.lat(), area.lon());
            for (int i = 0; i < MICRO_PLACES; i++) {
                places.add(gaussianInside(area, centre, area.character().spreadMetres() * 0.6, setup)
                        .orElse(centre));
            }
            microPlaces.put(area, List.copyOf(places));
        }
    }

    /** A neighbourhood for an incident of this type: population times the place's affinity for the type. */
    Area area(IncidentType type, DemoRandom random) {
        return areas.get(areaByType[type.ordinal()].sample(random));
    }

    /** A point in the area, inside its governorate polygon. */
    LatLon point(Area area, DemoRandom random) {
        AreaCharacter character = area.character();
        LatLon centre;
        double sigma;
        if (random.chance(character.microPlaceShare())) {
            centre = random.pick(microPlaces.get(area));
            sigma = MICRO_SIGMA_METRES;
        } else {
            centre = LatLon.rounded(area.lat(), area.lon());
            sigma = character.spreadMetres();
        }
        // the centre itself is inside (checked at construction), so the fallback keeps the guarantee
        return gaussianInside(area, centre, sigma, random).orElse(centre);
    }

    /** A point within {@code maxMetres} of {@code origin} inside the area's governorate, if one is found. */
    Optional<LatLon> near(Area area, LatLon origin, double meanMetres, double maxMetres, DemoRandom random) {
        for (int attempt = 0; attempt < ATTEMPTS / 4; attempt++) {
            double distance = random.exponential(meanMetres);
            if (distance > maxMetres) {
                continue;
            }
            double bearing = 2 * Math.PI * random.uniform();
            LatLon candidate = origin.offset(distance * StrictMath.cos(bearing), distance * StrictMath.sin(bearing));
            if (polygons.contains(area.governorate(), candidate.lat(), candidate.lon())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<LatLon> gaussianInside(Area area, LatLon centre, double sigma, DemoRandom random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LatLon candidate = centre.offset(sigma * random.gaussian(), sigma * random.gaussian());
            if (polygons.contains(area.governorate(), candidate.lat(), candidate.lon())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
