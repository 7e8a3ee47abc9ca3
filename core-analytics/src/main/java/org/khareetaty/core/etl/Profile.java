package org.khareetaty.core.etl;

import java.nio.file.Path;

/**
 * One source format: how to recognise its header and how to read its rows.
 * Header names reach a profile normalised by {@link Header}: lower case, spaces as underscores.
 */
public interface Profile {
    /** Name shown to the analyst and accepted by {@code --profile}. */
    String name();

    /** The dedup family: records of one source share ids, so duplicates are found within it. */
    String source();

    /**
     * What makes two of its records the same, as parts of {@link DedupKey#PARTS}; null for the
     * default rule of {@link DedupKey}.
     */
    default java.util.List<String> identity() {
        return null;
    }

    /** True when this profile recognises the header. */
    boolean matches(Header header);

    /** What in a header makes {@link #matches} recognise it, for the analyst: "the header has id, date, ...". */
    default String recognisedBy() {
        return "its header";
    }

    /**
     * Binds the header's columns.
     *
     * @throws ImportException naming the missing columns when the header does not fit this profile
     */
    RowParser bind(Header header, Path file);
}
