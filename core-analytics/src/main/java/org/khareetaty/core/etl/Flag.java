package org.khareetaty.core.etl;

/**
 * Codes of the warnings a loaded row can carry: counted per import ({@link ImportResult#flagged()},
 * the {@code imports.flagged} column) and printed with the summary. A flagged row is loaded.
 */
public final class Flag {
    /** The time's written UTC offset differs from the source zone's offset at that instant. */
    public static final String OFFSET_DISAGREES_WITH_ZONE = "offset_disagrees_with_zone";

    private Flag() {}

    /** What a flag code means, for a summary line: {@code " (the written UTC offset ...)"}, or "". */
    public static String meaning(String code) {
        return switch (code) {
            case OFFSET_DISAGREES_WITH_ZONE -> " (written UTC offset differs from the source's time zone; the written"
                    + " instant is kept)";
            default -> "";
        };
    }
}
