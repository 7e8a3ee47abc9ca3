package org.khareetaty.core.report;

import java.util.Comparator;

/** How the zone table is sorted, as the analyst chose. */
public enum ZoneOrder {
    /** By zone code, numbers in numeric order ("2" before "10"). */
    CODE(Comparator.comparing(KpiRow::key, ZoneOrder::compareCodes)),
    /** Most incidents in the period first, then by code. */
    COUNT(Comparator.comparingLong((KpiRow r) -> -r.counts().current())
            .thenComparing(KpiRow::key, ZoneOrder::compareCodes)),
    /** Largest rise on the prior period first (in incidents), then by code. */
    CHANGE(Comparator.comparingLong((KpiRow r) -> -r.prior().difference())
            .thenComparing(KpiRow::key, ZoneOrder::compareCodes));

    private final Comparator<KpiRow> comparator;

    ZoneOrder(Comparator<KpiRow> comparator) {
        this.comparator = comparator;
    }

    /** The order of the rows. */
    public Comparator<KpiRow> comparator() {
        return comparator;
    }

    /** Numeric codes by value (leading zeros ignored), before other codes, which go alphabetically. */
    static int compareCodes(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 18;
        boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 18;
        if (na && nb) {
            int c = Long.compare(Long.parseLong(a), Long.parseLong(b));
            return c != 0 ? c : a.compareTo(b);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }
}
