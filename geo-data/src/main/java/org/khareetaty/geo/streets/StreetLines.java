package org.khareetaty.geo.streets;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.khareetaty.core.report.StreetLayer;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The store's street layer as the map reads it: the pieces of the tiles a view covers, of the
 * classes drawn at its zoom, one range scan of the tile index per column of tiles; and as the streets
 * under a report's map page ({@link StreetLayer}).
 */
public final class StreetLines implements StreetLayer {
    private final Store store;

    public StreetLines(Store store) {
        this.store = store;
    }

    /** The classes the map draws at {@code zoom} ({@link StreetClass#minZoom}); none below 12. */
    public static List<StreetClass> drawnAt(int zoom) {
        return Arrays.stream(StreetClass.values())
                .filter(c -> c.minZoom() <= zoom)
                .toList();
    }

    /** The pieces of the classes drawn at {@code zoom} in the tiles a lon/lat box touches. */
    public List<StreetLine> in(Envelope box, int zoom) {
        List<StreetClass> classes = drawnAt(zoom);
        List<StreetLine> out = new ArrayList<>();
        if (classes.isEmpty() || box == null || box.isNull()) {
            return out;
        }
        long x0 = StreetTile.column(box.getMinX());
        long x1 = StreetTile.column(box.getMaxX());
        long y0 = StreetTile.row(box.getMaxY());
        long y1 = StreetTile.row(box.getMinY());
        String in = classes.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT tile, name, class, geom FROM street_lines "
                        + "WHERE tile BETWEEN ? AND ? AND class IN (" + in + ")")) {
            for (long x = x0; x <= x1; x++) {
                ps.setLong(1, StreetTile.key(x, y0));
                ps.setLong(2, StreetTile.key(x, y1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StreetLine(
                                rs.getLong(1), rs.getString(2), StreetClass.valueOf(rs.getString(3)), (LineString)
                                        rs.getObject(4)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the street layer of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Geometry> lines(Envelope box, int zoom) {
        return in(box, zoom).stream().map(l -> (Geometry) l.line()).toList();
    }

    /** The street file's name, for a map's credits; empty when the store has no street layer. */
    @Override
    public String credit() {
        return source().map(s -> {
                    Path name = Path.of(s.file()).getFileName();
                    return name == null ? s.file() : name.toString();
                })
                .orElse("");
    }

    /** Where the street layer came from; empty when the store has none. */
    public Optional<StreetSource> source() {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source_file, format, loaded_at, line_count, named_count, "
                        + "piece_count FROM street_sources")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new StreetSource(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6)));
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the street layer of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }
}
