package org.khareetaty.geo.streets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader got from a street file: the streets, and every feature it did not take by reason
 * (the first message of each reason kept as an example).
 */
final class StreetsRead {
    final String format;
    final List<SourceStreet> streets = new ArrayList<>();
    final Map<String, Long> skipped = new TreeMap<>();
    final Map<String, String> examples = new TreeMap<>();
    long features;

    StreetsRead(String format) {
        this.format = format;
    }

    void add(SourceStreet s) {
        features++;
        streets.add(s);
    }

    void skip(String reason, String example) {
        features++;
        skipped.merge(reason, 1L, Long::sum);
        examples.putIfAbsent(reason, example);
    }
}
