package org.khareetaty.core.gistar;

/**
 * A cell's class, as ArcGIS's Gi_Bin field: hot or cold at 99, 95 or 90% confidence, or not
 * significant. Confidence is judged on the FDR-adjusted p-value ({@link BenjaminiHochberg}), the sign
 * of the z-score says hot or cold.
 */
public enum GiBin {
    HOT_99(3, "hot spot 99%"),
    HOT_95(2, "hot spot 95%"),
    HOT_90(1, "hot spot 90%"),
    NOT_SIGNIFICANT(0, "not significant"),
    COLD_90(-1, "cold spot 90%"),
    COLD_95(-2, "cold spot 95%"),
    COLD_99(-3, "cold spot 99%");

    private final int value;
    private final String label;

    GiBin(int value, String label) {
        this.value = value;
        this.label = label;
    }

    /** ArcGIS's Gi_Bin: +3 .. -3. */
    public int value() {
        return value;
    }

    /** "hot spot 95%", "not significant", ... */
    public String label() {
        return label;
    }

    /** True for the three hot classes. */
    public boolean isHot() {
        return value > 0;
    }

    /** True for the three cold classes. */
    public boolean isCold() {
        return value < 0;
    }

    /**
     * The class of a cell from its z-score and FDR-adjusted p-value: 99% when the adjusted p is at
     * most 0.01, 95% at most 0.05, 90% at most 0.10; hot for z &gt; 0, cold for z &lt; 0.
     */
    public static GiBin of(double z, double pFdr) {
        if (Double.isNaN(z) || Double.isNaN(pFdr) || z == 0.0 || pFdr > 0.10) {
            return NOT_SIGNIFICANT;
        }
        int level = pFdr <= 0.01 ? 3 : pFdr <= 0.05 ? 2 : 1;
        return ofValue(z > 0 ? level : -level);
    }

    /** The class with the given Gi_Bin value. */
    public static GiBin ofValue(int value) {
        for (GiBin b : values()) {
            if (b.value == value) {
                return b;
            }
        }
        throw new IllegalArgumentException("Gi_Bin " + value + " is not in -3..3");
    }
}
