/**
 * Hotspots: DBSCAN clusters of incidents (Ester, Kriegel, Sander, Xu 1996) in metres, over a whole
 * store or per zone of a boundary layer, stored as runs that can be reopened. See docs/hotspots.md.
 */
package org.khareetaty.core.hotspot;
