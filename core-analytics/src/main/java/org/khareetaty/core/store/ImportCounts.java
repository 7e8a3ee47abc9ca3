package org.khareetaty.core.store;

/**
 * Where the rows of an import ended: {@code read = loaded + rejected + duplicates}.
 *
 * @param mismatched loaded rows whose own zone fields disagree with the polygon they fall in
 */
public record ImportCounts(long read, long loaded, long rejected, long duplicates, long mismatched) {}
