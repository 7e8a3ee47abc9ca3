package org.khareetaty.core.taxonomy;

/**
 * Where an offense type falls in the taxonomy.
 *
 * @param category one of {@link Taxonomy#CATEGORIES}
 * @param severity harm weight in [0,1]
 * @param known    false when the type is not in the taxonomy and fell back to {@code other}
 */
public record Classification(String category, float severity, boolean known) {}
