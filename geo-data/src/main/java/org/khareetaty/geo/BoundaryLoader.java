package org.khareetaty.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Loads a boundary file (GeoJSON {@code .geojson}/{@code .json}, or an ESRI Shapefile {@code .shp})
 * into a store as a named layer, and labels the incidents already stored with the layer's zones.
 *
 * <p>Every feature is accounted for: it is loaded, loaded after its geometry was repaired (JTS
 * {@code GeometryFixer}), or rejected with a reason ({@link FeatureRejection}). Coordinates are
 * reprojected to WGS84 (EPSG:4326) with proj4j when the file is in another CRS. The layer row, its
 * boundaries, the primary flag and the incidents' {@code zone_<layer>} column are written in one
 * transaction; loading a layer name that exists replaces it; a load that fails or is cancelled
 * leaves the store as it was.
 *
 * <p>The first layer loaded into a store becomes its primary layer (whose union is the study area);
 * {@link LayerSpec#primary()} makes the loaded layer primary instead of the current one.
 *
 * <p>Stateless and thread safe. Every method may throw {@link BoundaryFileException} (the file as a
 * whole cannot be loaded), {@link org.khareetaty.core.store.StoreException} (the store cannot be
 * written) or {@link CancelledException}.
 */
public final class BoundaryLoader {

    /** A loader. */
    public BoundaryLoader() {}

    /**
     * Loads {@code file} into {@code store} as {@code spec.layer()}.
     *
     * @param progress receives progress and may cancel; {@link ProgressListener#NONE} for none
     * @throws BoundaryFileException when the file is missing, unreadable or of an unsupported type,
     *         a field of the spec is in no feature, the CRS is unknown, or no feature can be loaded
     */
    public LayerLoadResult load(Store store, Path file, LayerSpec spec, ProgressListener progress) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(spec, "spec");
        ProgressTracker tracker = new ProgressTracker(progress);
        return load(store, read(file, tracker), spec, tracker);
    }

    /**
     * Reads {@code file} without loading it: its features, the attributes they carry and the first
     * feature's values, for choosing the code, name and parent fields (the window's Load boundaries
     * dialog).
     *
     * @throws BoundaryFileException as {@link #load(Store, Path, LayerSpec, ProgressListener)} for a
     *         file that cannot be read
     */
    public BoundaryFields describe(Path file) {
        Objects.requireNonNull(file, "file");
        SourceFile source = read(file, new ProgressTracker(ProgressListener.NONE));
        java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
        for (String f : source.fields()) {
            source.features().stream()
                    .map(x -> x.properties().get(f))
                    .filter(v -> v != null && !v.isNull())
                    .findFirst()
                    .ifPresent(v -> first.put(f, v.asText()));
        }
        return new BoundaryFields(source.name(), source.features().size(), source.fields(), first, source.crs());
    }

    private static SourceFile read(Path file, ProgressTracker tracker) {
        if (!Files.isRegularFile(file)) {
            throw new BoundaryFileException("Boundary file " + file + " does not exist or is not a file");
        }
        String name = file.toString();
        switch (extension(file)) {
            case "geojson":
            case "json":
                try (InputStream in = Files.newInputStream(file)) {
                    return new GeoJsonBoundaryReader(factory()).read(in, name, Files.size(file), tracker);
                } catch (IOException e) {
                    throw new BoundaryFileException("Cannot read " + name + ": " + e.getMessage(), e);
                }
            case "shp":
                return new ShapefileBoundaryReader(factory()).read(file, tracker);
            default:
                throw new BoundaryFileException("Boundary file " + name + " has an unsupported type '."
                        + extension(file)
                        + "': load a GeoJSON (.geojson, .json) or ESRI Shapefile (.shp with its .shx, .dbf, .prj)");
        }
    }

    /**
     * Loads GeoJSON from a stream (a bundled resource, say) into {@code store} as {@code spec.layer()}.
     *
     * @param sourceName how the layer's source is recorded and named in messages
     *                   ({@code classpath:/org/...geojson})
     */
    public LayerLoadResult loadGeoJson(
            Store store, InputStream geoJson, String sourceName, LayerSpec spec, ProgressListener progress) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(geoJson, "geoJson");
        Objects.requireNonNull(spec, "spec");
        ProgressTracker tracker = new ProgressTracker(progress);
        SourceFile source = new GeoJsonBoundaryReader(factory()).read(geoJson, sourceName, -1, tracker);
        return load(store, source, spec, tracker);
    }

    private static LayerLoadResult load(Store store, SourceFile source, LayerSpec spec, ProgressTracker tracker) {
        requireField(source, spec.codeField(), "code");
        requireField(source, spec.nameField(), "name");
        requireField(source, spec.parentField(), "parent");
        String crs = spec.sourceCrs() != null ? spec.sourceCrs() : source.crs();
        if (crs == null) {
            throw new BoundaryFileException(source.crsProblem());
        }
        ScreenedLayer screened =
                new BoundaryScreen(spec, Reprojection.toWgs84(crs, source.name())).screen(source, tracker);
        if (screened.accepted().isEmpty()) {
            throw nothingLoadable(source, screened);
        }
        LayerWriter.Written written = new LayerWriter(store).write(spec, source.name(), screened, tracker);
        return new LayerLoadResult(
                spec.layer(),
                source.name(),
                crs,
                source.features().size(),
                screened.accepted().size(),
                screened.repairs(),
                screened.rejected(),
                written.primary(),
                spec.zoneColumn(),
                written.incidentsZoned(),
                tracker.seconds());
    }

    private static void requireField(SourceFile source, String field, String role) {
        if (field == null || source.fields().contains(field)) {
            return;
        }
        String hint = source.fields().stream()
                .filter(f -> f.equalsIgnoreCase(field))
                .findFirst()
                .map(f -> " Did you mean '" + f + "'? Field names are case sensitive.")
                .orElse("");
        throw new BoundaryFileException("The " + role + " field '" + field + "' is in no feature of " + source.name()
                + ". Fields in the file: " + (source.fields().isEmpty() ? "(none)" : String.join(", ", source.fields()))
                + "." + hint + " Choose one with --" + role + "-field.");
    }

    private static BoundaryFileException nothingLoadable(SourceFile source, ScreenedLayer screened) {
        if (source.features().isEmpty()) {
            return new BoundaryFileException(source.name() + " has no features: nothing to load");
        }
        List<FeatureRejection> rejected = screened.rejected();
        String reasons = rejected.stream()
                .collect(Collectors.groupingBy(FeatureRejection::reason, java.util.TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new BoundaryFileException("No feature of " + source.name() + " can be loaded: all "
                + rejected.size() + " were rejected (" + reasons + "); the first: " + rejected.get(0)
                + ". The store was not changed.");
    }

    private static GeometryFactory factory() {
        return new GeometryFactory(new PrecisionModel(), 4326);
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
