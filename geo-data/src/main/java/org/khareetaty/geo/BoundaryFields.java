package org.khareetaty.geo;

import java.util.List;
import java.util.Map;

/**
 * What a boundary file offers before it is loaded ({@link BoundaryLoader#describe}): the attributes
 * its features carry, to pick the code, name and parent fields from.
 *
 * @param file     the file as named
 * @param features features in the file
 * @param fields   property names present in at least one feature, in order of first appearance
 * @param examples per field, the first value a feature gives it (a field only ever null is absent)
 * @param crs      the CRS the file declares or implies ({@code EPSG:n}), or null when unknown
 */
public record BoundaryFields(String file, int features, List<String> fields, Map<String, String> examples, String crs) {

    /** Copies the collections. */
    public BoundaryFields {
        fields = List.copyOf(fields);
        examples = Map.copyOf(examples);
    }
}
