package org.khareetaty.app.map.tiles;

import java.nio.file.Path;
import java.util.Optional;
import org.khareetaty.core.report.RasterTiles;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.TileId;

/**
 * A raster MBTiles file (the window's Basemap... choice, or one {@code basemap generate} wrote) as the tiles
 * under a report's map page ({@code report kpi --basemap}, {@code report briefing --basemap}, File > Export
 * report...).
 */
public final class MBTilesBasemap implements RasterTiles, AutoCloseable {
    private final MBTilesSource source;

    private MBTilesBasemap(MBTilesSource source) {
        this.source = source;
    }

    /** Opens {@code file}; an error names the file and what is wrong with it (not MBTiles, vector tiles). */
    public static MBTilesBasemap open(Path file) {
        return new MBTilesBasemap(MBTilesSource.open(file));
    }

    @Override
    public Optional<byte[]> tile(int z, long x, long y) {
        return source.tile(new TileId(z, x, y));
    }

    @Override
    public int minZoom() {
        return source.info().minZoom();
    }

    @Override
    public int maxZoom() {
        return source.info().maxZoom();
    }

    @Override
    public String attribution() {
        String a = source.info().attribution();
        return a == null || a.isBlank() ? source.info().name() : a;
    }

    @Override
    public void close() {
        source.close();
    }
}
