/**
 * Hotspots: DBSCAN clusters of incidents (Ester, Kriegel, Sander, Xu 1996) in metres, over a whole
 * store or per zone of a boundary layer, stored as runs that can be reopened. See docs/hotspots.md. May
 * depend on core {@code progress} and {@code store}, JTS and proj4j.
 */
package org.khareetaty.core.hotspot;
