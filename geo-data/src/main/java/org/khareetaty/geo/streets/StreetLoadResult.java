package org.khareetaty.geo.streets;

import java.util.Map;

/**
 * What {@link StreetLoader#load} did: every feature of the file is a street loaded or counted under
 * a reason it was not.
 *
 * @param source   the street layer as stored now
 * @param features features (ways) read
 * @param skipped  features not loaded, by reason
 * @param examples one example message per reason
 * @param seconds  wall time of the load
 */
public record StreetLoadResult(
        StreetSource source, long features, Map<String, Long> skipped, Map<String, String> examples, double seconds) {}
