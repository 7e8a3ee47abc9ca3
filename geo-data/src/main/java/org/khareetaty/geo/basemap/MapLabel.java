package org.khareetaty.geo.basemap;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * A zone label placed at one zoom: its glyph outlines in that zoom's pixel coordinates, so every
 * tile it overlaps draws the same pixels and labels run seamlessly across tile edges.
 *
 * @param text    the text (as laid out, lines joined by a newline)
 * @param outline the glyphs, in zoom pixel coordinates
 * @param box     the outline's bounds
 * @param colour  fill colour
 * @param rank    rank of the layer it labels
 */
record MapLabel(String text, Shape outline, Rectangle2D box, Color colour, int rank) {}
