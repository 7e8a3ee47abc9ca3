package org.khareetaty.core.report;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The reports' fonts, embedded (as subsets) in each PDF so that it reads the same on any machine and
 * its text can be selected and searched: DejaVu Sans and DejaVu Sans Bold, bundled as resources
 * from Debian's fonts-dejavu-core with their licence (Bitstream Vera licence, DejaVu changes in the
 * public domain: {@code fonts/LICENSE.txt} beside this class). DejaVu Sans also holds the Arabic
 * presentation forms.
 *
 * @param regular the text font
 * @param bold    titles and table heads
 */
record ReportFonts(PDType0Font regular, PDType0Font bold) {
    /** Loads both fonts into {@code doc}. */
    static ReportFonts load(PDDocument doc) throws IOException {
        return new ReportFonts(font(doc, "DejaVuSans.ttf"), font(doc, "DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("the report font fonts/" + file + " is missing from the program's classes: "
                        + "reinstall the program (the core-analytics jar holds it)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }
}
