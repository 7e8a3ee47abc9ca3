package org.khareetaty.core.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;

/**
 * Transforms projected coordinates (e.g. Illinois State Plane East, EPSG:3435, US feet) to WGS84
 * longitude/latitude with proj4j. H2GIS's {@code ST_Transform} fails between WGS84 and the NAD83
 * state-plane systems, so it is done here. Not thread safe: one instance per thread.
 */
public final class Projection {
    private final String code;
    private final CoordinateTransform toWgs84;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private Projection(String code, CoordinateTransform toWgs84) {
        this.code = code;
        this.toWgs84 = toWgs84;
    }

    /**
     * A transform from the CRS named {@code code} ("EPSG:3435") to WGS84.
     *
     * @throws IllegalArgumentException when proj4j does not know the code
     */
    public static Projection toWgs84(String code) {
        CRSFactory crs = new CRSFactory();
        try {
            CoordinateReferenceSystem from = crs.createFromName(code);
            CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
            return new Projection(code, new CoordinateTransformFactory().createTransform(from, wgs84));
        } catch (UnknownAuthorityCodeException | IllegalStateException e) {
            throw new IllegalArgumentException(
                    "unknown coordinate reference system '" + code + "': give an EPSG code such as EPSG:3435", e);
        }
    }

    /** The CRS code this transform reads. */
    public String code() {
        return code;
    }

    /** {lon, lat} in WGS84 for projected {@code x, y}. */
    public double[] lonLat(double x, double y) {
        in.x = x;
        in.y = y;
        toWgs84.transform(in, out);
        return new double[] {out.x, out.y};
    }
}
