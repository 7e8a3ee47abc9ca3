package org.khareetaty.sample;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generator run wrote.
 *
 * @param rowsWritten data rows in the file, header excluded: {@code incidents + defectRows()}
 * @param incidents   defect-free incident rows
 * @param defects     planted defect rows by kind, in {@link DefectKind} order (every kind present)
 * @param output      the file written
 * @param sha256      SHA-256 of the file's bytes as written (compressed bytes when gzip), lower-case hex
 */
public record DemoSummary(
        long rowsWritten, long incidents, Map<DefectKind, Integer> defects, Path output, String sha256) {

    /** Copies the defect counts into an unmodifiable map in {@link DefectKind} order. */
    public DemoSummary {
        EnumMap<DefectKind, Integer> copy = new EnumMap<>(DefectKind.class);
        for (DefectKind kind : DefectKind.values()) {
            copy.put(kind, defects.getOrDefault(kind, 0));
        }
        defects = Collections.unmodifiableMap(copy);
    }

    /** All planted defect rows. */
    public int defectRows() {
        return defects.values().stream().mapToInt(Integer::intValue).sum();
    }
}
