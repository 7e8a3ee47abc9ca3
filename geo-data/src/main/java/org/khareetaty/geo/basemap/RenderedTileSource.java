package org.khareetaty.geo.basemap;

import java.util.Optional;

/**
 * Tiles drawn on demand from the boundary layers, at any zoom: for zooms deeper than a generated
 * file holds (street level), where writing every tile in advance would take long and most would
 * never be seen. Tiles outside the covered area are plain background.
 */
public final class RenderedTileSource implements TileSource {
    private final TileRenderer renderer;
    private final TilesetInfo info;

    /** Tiles of {@code content} drawn as {@code options} say, for every zoom up to {@link TileId#MAX_ZOOM}. */
    public RenderedTileSource(BasemapContent content, BasemapOptions options) {
        this.renderer = new TileRenderer(content, options.style(), options.language(), options.labels());
        TilesetInfo i = new BasemapGenerator(options).info(content);
        this.info = new TilesetInfo(
                i.name(), i.description(), i.attribution(), "png", 0, TileId.MAX_ZOOM, i.bounds(), i.fingerprint());
    }

    @Override
    public Optional<byte[]> tile(TileId tile) {
        return Optional.of(renderer.png(tile));
    }

    @Override
    public TilesetInfo info() {
        return info;
    }

    @Override
    public void close() {
        // nothing held
    }
}
