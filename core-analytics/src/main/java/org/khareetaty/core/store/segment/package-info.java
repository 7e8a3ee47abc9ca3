/**
 * Columnar segments of incidents (issue 14): one Apache Arrow IPC file per import, rows sorted by H3
 * r10, mapped into memory when read ({@link org.khareetaty.core.store.segment.MappedSegment}); the
 * format is {@link org.khareetaty.core.store.segment.SegmentFormat}. May depend on Apache Arrow, JDBC
 * (the store's column list) and nothing else of ours.
 */
package org.khareetaty.core.store.segment;
