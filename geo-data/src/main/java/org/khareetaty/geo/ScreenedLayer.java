package org.khareetaty.geo;

import java.util.List;

/**
 * A boundary file after the load rules: what goes into the store and what does not.
 *
 * @param accepted boundaries to write, in file order
 * @param repairs  accepted features whose geometry was repaired
 * @param rejected features not loaded, in file order
 */
record ScreenedLayer(List<Boundary> accepted, List<FeatureRepair> repairs, List<FeatureRejection> rejected) {}
