package org.khareetaty.core.report;

/**
 * What a report covers: the whole area, or one zone of a boundary layer.
 *
 * @param layer the boundary layer, or null for the whole area
 * @param zone  the zone's code in that layer, or null for the whole area
 */
public record ReportScope(String layer, String zone) {
    public ReportScope {
        if ((layer == null) != (zone == null)) {
            throw new IllegalArgumentException("a zone scope needs both a layer and a zone code");
        }
    }

    /** The whole area. */
    public static ReportScope wholeArea() {
        return new ReportScope(null, null);
    }

    /** {@code all} (the whole area) or {@code LAYER:CODE}, e.g. {@code districts:12}. */
    public static ReportScope parse(String text) {
        if (text.equalsIgnoreCase("all")) {
            return wholeArea();
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "--scope '" + text + "': give 'all' or LAYER:ZONE, e.g. districts:12 (khareetaty boundaries list)");
        }
        return new ReportScope(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Whether this is the whole area. */
    public boolean whole() {
        return layer == null;
    }

    @Override
    public String toString() {
        return whole() ? "all" : layer + ":" + zone;
    }
}
