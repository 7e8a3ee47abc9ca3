package org.khareetaty.core.hexgrid;

/**
 * The key figures of a drill-down scope.
 *
 * @param total              incidents in scope
 * @param busiestCell        the cell with the most incidents, or 0 when there are none
 * @param busiestCount       its incidents
 * @param arrests            incidents with an arrest
 * @param arrestRate         arrests among incidents whose source records arrests, or null when none does
 * @param previousTotal      incidents in the period of equal length just before
 * @param change             (total - previous) / previous, or null when the previous period had none
 * @param focusShare         share of the filtered categories among all incidents in scope (1 with no filter)
 * @param focusShareChange   focus share minus that of the previous period, or null when undefined
 */
public record Kpis(
        long total,
        long busiestCell,
        long busiestCount,
        long arrests,
        Double arrestRate,
        long previousTotal,
        Double change,
        double focusShare,
        Double focusShareChange) {}
