package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.store.SecondaryIndexes;
import org.khareetaty.core.testing.SharedData;

/**
 * The line count an import judges from a file's size and first 64 KB ({@link SourceFile#estimateLines}),
 * which decides whether it is a bulk load ({@link SecondaryIndexes#bulkLoad}).
 */
class LineEstimateTest {
    @Test
    void aHeadThatIsTheWholeTextIsCountedExactly() {
        byte[] text = "a,b\n1,2\n3,4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(4, SourceFile.estimateLines(text.length, false, text));
    }

    @Test
    void aLargeFileIsItsSizeOverTheHeadsBytesPerLine() {
        byte[] head = new byte[1 << 16];
        for (int i = 63; i < head.length; i += 64) {
            head[i] = '\n';
        }
        assertEquals(1_000_000, SourceFile.estimateLines(64_000_000, false, head));
        assertEquals(4_000_000, SourceFile.estimateLines(64_000_000, true, head));
    }

    @Test
    void theRealGzipFileIsUnderestimatedNotOverestimated() throws IOException {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        try (SourceFile src = SourceFile.open(file, ImportOptions.defaults())) {
            long estimate = src.estimatedLines();
            assertTrue(estimate > 50_000 && estimate <= 148_637, "estimated lines of 148,637: " + estimate);
        }
    }

    @Test
    void anImportAtLeastAsLargeAsTheStoreIsABulkLoad() {
        assertTrue(SecondaryIndexes.bulkLoad(0, 1));
        assertTrue(SecondaryIndexes.bulkLoad(2_000_000, 2_000_000));
        assertTrue(!SecondaryIndexes.bulkLoad(8_000_000, 148_636));
    }
}
