package org.khareetaty.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects geometries in place from a source CRS to WGS84 longitude/latitude with proj4j (H2GIS
 * {@code ST_Transform} fails between NAD83 and WGS84 CRSs). Not thread safe: one per load. Used by
 * the boundary loader and the street loader ({@code geo.streets}).
 */
public final class Reprojection {
    private static final String WGS84 = "EPSG:4326";

    private final String sourceCrs;
    private final CoordinateTransform transform;

    private Reprojection(String sourceCrs, CoordinateTransform transform) {
        this.sourceCrs = sourceCrs;
        this.transform = transform;
    }

    /**
     * A reprojection from {@code sourceCrs} ({@code EPSG:n}) to WGS84; the identity for EPSG:4326.
     *
     * @throws BoundaryFileException naming {@code fileName} when proj4j does not know the CRS
     */
    public static Reprojection toWgs84(String sourceCrs, String fileName) {
        if (WGS84.equals(sourceCrs)) {
            return new Reprojection(sourceCrs, null);
        }
        CRSFactory crsFactory = new CRSFactory();
        CoordinateReferenceSystem source;
        try {
            source = crsFactory.createFromName(sourceCrs);
        } catch (RuntimeException e) {
            throw new BoundaryFileException(
                    "Cannot reproject " + fileName + ": the CRS " + sourceCrs + " is not known to proj4j ("
                            + e.getMessage() + "); check the EPSG code",
                    e);
        }
        CoordinateReferenceSystem target = crsFactory.createFromName(WGS84);
        return new Reprojection(sourceCrs, new CoordinateTransformFactory().createTransform(source, target));
    }

    public String sourceCrs() {
        return sourceCrs;
    }

    /** Transforms every coordinate of {@code geometry} to longitude/latitude and sets SRID 4326. */
    public void apply(Geometry geometry) {
        if (transform != null) {
            geometry.apply(new ToWgs84());
            geometry.geometryChanged();
        }
        geometry.setSRID(4326);
    }

    private final class ToWgs84 implements CoordinateSequenceFilter {
        private final ProjCoordinate in = new ProjCoordinate();
        private final ProjCoordinate out = new ProjCoordinate();

        @Override
        public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            transform.transform(in, out);
            seq.setOrdinate(i, CoordinateSequence.X, out.x);
            seq.setOrdinate(i, CoordinateSequence.Y, out.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
