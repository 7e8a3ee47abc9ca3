package org.khareetaty.core.gistar;

import org.khareetaty.core.geo.H3Cells;

/**
 * One cell's Gi* result.
 *
 * @param cell  H3 cell id
 * @param count incidents in scope in the cell
 * @param z     Gi* z-score
 * @param p     two-sided p-value of z (standard normal)
 * @param pFdr  Benjamini-Hochberg adjusted p-value over all cells of the region
 * @param bin   hot/cold class (ArcGIS Gi_Bin)
 */
public record GiStarCell(long cell, long count, double z, double p, double pFdr, GiBin bin) {
    /** The cell as H3's hex string ("882664c1a9fffff"). */
    public String hex() {
        return H3Cells.h3().h3ToString(cell);
    }
}
