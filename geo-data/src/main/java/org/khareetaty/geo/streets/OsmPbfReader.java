package org.khareetaty.geo.streets;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khareetaty.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads the streets of an OpenStreetMap extract ({@code .osm.pbf}, the format Geofabrik and BBBike
 * publish) with the OSM-binary reader ({@code org.openstreetmap.pbf:osmpbf}, LGPL-3.0). Two passes
 * over the file: the first keeps the ways tagged {@code highway} that {@link StreetClass#ofOsmHighway}
 * knows (their node ids, {@code name}, else {@code ref}), the second the coordinates of just those
 * nodes, held as a sorted id array with parallel coordinate arrays (24 bytes a node: a city's
 * streets are a few million nodes at most). A way whose nodes lie partly outside the extract keeps
 * the part inside; one with fewer than two nodes inside is counted, not loaded.
 */
final class OsmPbfReader {
    private final GeometryFactory factory = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326);
    private final ProgressListener progress;

    OsmPbfReader(ProgressListener progress) {
        this.progress = progress;
    }

    StreetsRead read(Path file) {
        Ways ways = new Ways();
        pass(file, ways);
        long[] ids = ways.nodeIds();
        Nodes nodes = new Nodes(ids);
        pass(file, nodes);
        StreetsRead read = new StreetsRead("osm.pbf");
        for (Way w : ways.ways) {
            List<Coordinate> line = new ArrayList<>(w.refs.length);
            for (long ref : w.refs) {
                int k = Arrays.binarySearch(ids, ref);
                if (nodes.found[k]) {
                    line.add(new Coordinate(nodes.lon[k], nodes.lat[k]));
                }
            }
            if (line.size() < 2) {
                read.skip(
                        "nodes outside the extract",
                        "way " + w.id + " has " + line.size() + " of its " + w.refs.length + " nodes in the file");
                continue;
            }
            read.add(
                    new SourceStreet(w.name, w.streetClass, factory.createLineString(line.toArray(Coordinate[]::new))));
        }
        read.skipped.put("not a street (other ways)", ways.others);
        read.features += ways.others;
        return read;
    }

    private void pass(Path file, BinaryParser parser) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            new BlockInputStream(in, parser).process();
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.khareetaty.core.progress.CancelledException c) {
                throw c;
            }
            throw new StreetFileException(
                    "Cannot read the OpenStreetMap extract " + file + ": " + e.getMessage()
                            + ". Is it an .osm.pbf file (not .osm XML or .o5m)? Convert others with "
                            + "'osmium cat FILE -o out.osm.pbf'.",
                    e);
        }
    }

    private record Way(long id, long[] refs, String name, StreetClass streetClass) {}

    /** The first pass: the street ways. */
    private final class Ways extends BinaryParser {
        final List<Way> ways = new ArrayList<>();
        long others;

        @Override
        protected void parseWays(List<Osmformat.Way> list) {
            progress.checkCancelled();
            for (Osmformat.Way w : list) {
                String highway = null;
                String name = null;
                String ref = null;
                for (int i = 0; i < w.getKeysCount(); i++) {
                    String k = getStringById(w.getKeys(i));
                    switch (k) {
                        case "highway" -> highway = getStringById(w.getVals(i));
                        case "name" -> name = getStringById(w.getVals(i));
                        case "ref" -> ref = getStringById(w.getVals(i));
                        default -> {}
                    }
                }
                StreetClass c = StreetClass.ofOsmHighway(highway);
                if (c == null) {
                    others++;
                    continue;
                }
                long[] refs = new long[w.getRefsCount()];
                long id = 0;
                for (int i = 0; i < refs.length; i++) {
                    id += w.getRefs(i);
                    refs[i] = id;
                }
                ways.add(new Way(w.getId(), refs, name != null ? name : ref, c));
            }
        }

        long[] nodeIds() {
            return ways.stream()
                    .flatMapToLong(w -> Arrays.stream(w.refs))
                    .sorted()
                    .distinct()
                    .toArray();
        }

        @Override
        protected void parseRelations(List<Osmformat.Relation> rels) {}

        @Override
        protected void parseDense(Osmformat.DenseNodes nodes) {}

        @Override
        protected void parseNodes(List<Osmformat.Node> nodes) {}

        @Override
        protected void parse(Osmformat.HeaderBlock header) {}

        @Override
        public void complete() {}
    }

    /** The second pass: the coordinates of the streets' nodes. */
    private final class Nodes extends BinaryParser {
        final long[] ids;
        final double[] lon;
        final double[] lat;
        final boolean[] found;

        Nodes(long[] ids) {
            this.ids = ids;
            lon = new double[ids.length];
            lat = new double[ids.length];
            found = new boolean[ids.length];
        }

        private void node(long id, long rawLat, long rawLon) {
            int k = Arrays.binarySearch(ids, id);
            if (k >= 0) {
                lat[k] = parseLat(rawLat);
                lon[k] = parseLon(rawLon);
                found[k] = true;
            }
        }

        @Override
        protected void parseDense(Osmformat.DenseNodes n) {
            progress.checkCancelled();
            long id = 0;
            long rawLat = 0;
            long rawLon = 0;
            for (int i = 0; i < n.getIdCount(); i++) {
                id += n.getId(i);
                rawLat += n.getLat(i);
                rawLon += n.getLon(i);
                node(id, rawLat, rawLon);
            }
        }

        @Override
        protected void parseNodes(List<Osmformat.Node> nodes) {
            for (Osmformat.Node n : nodes) {
                node(n.getId(), n.getLat(), n.getLon());
            }
        }

        @Override
        protected void parseRelations(List<Osmformat.Relation> rels) {}

        @Override
        protected void parseWays(List<Osmformat.Way> ways) {}

        @Override
        protected void parse(Osmformat.HeaderBlock header) {}

        @Override
        public void complete() {}
    }
}
