package org.khareetaty.geo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a boundary file, before the load rules are applied.
 *
 * @param index      position in the file, from 0
 * @param properties all the feature's properties, types kept as in the file
 * @param geometry   the polygonal geometry in the file's CRS, or null when {@code problem} is set
 * @param fixes      repairs the reader had to make (an unclosed ring closed, a collapsed ring dropped)
 * @param problem    why the geometry cannot be used (missing, not polygonal, unreadable), or null
 */
record SourceFeature(int index, ObjectNode properties, Geometry geometry, List<String> fixes, FeatureProblem problem) {}
