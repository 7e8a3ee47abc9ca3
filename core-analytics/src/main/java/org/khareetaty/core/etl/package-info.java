/**
 * Importing incident files: profile detection, the CSV reader, row rules, normalisation,
 * geo-resolution, H3 cells and the batched writer (docs/import.md). May depend on core {@code geo},
 * {@code hexgrid}, {@code progress}, {@code store} and {@code taxonomy}.
 */
package org.khareetaty.core.etl;
