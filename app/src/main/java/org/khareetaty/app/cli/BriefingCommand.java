package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.khareetaty.app.map.tiles.MBTilesBasemap;
import org.khareetaty.core.report.Briefing;
import org.khareetaty.core.report.BriefingPack;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.ReportLanguage;
import org.khareetaty.core.report.ReportScope;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.streets.StreetLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty report briefing}: the shift briefing pack of one zone (docs/reports.md). */
@Command(
        name = "briefing",
        mixinStandardHelpOptions = true,
        description = {
            "The shift briefing of a zone: incidents of the last 24 hours and 7 days, open alerts, near repeats;",
            "written with every table as CSV and the incidents as GeoJSON into one folder, or one zip file."
        })
final class BriefingCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--zone", required = true, paramLabel = "LAYER:ZONE", description = "The zone, e.g. districts:1.")
    String zone;

    @Option(
            names = "--as-of",
            paramLabel = "TIME",
            description = "The moment briefed: 2019-09-22T06:00 (in the incidents' time zone) or with an offset "
                    + "(2019-09-22T06:00-05:00); default now.")
    String asOf;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR|FILE.zip",
            description = "The folder to write the pack into, or a zip file (a name ending in .zip).")
    Path out;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "en (default) or ar.")
    String lang;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "P", description = "a4 (default) or letter.")
    String paper;

    @Option(names = "--bom", description = "Start each CSV with a byte-order mark (for Excel).")
    boolean bom;

    @Option(
            names = "--forecast-boxes",
            defaultValue = "5",
            paramLabel = "COVERAGE",
            description = "The day's forecast boxes: the cells the self-exciting forecast flags at COVERAGE percent"
                    + " of the area (default ${DEFAULT-VALUE}; 0 leaves them out), those in the zone listed and drawn.")
    double forecastBoxes;

    @Option(
            names = "--basemap",
            paramLabel = "FILE.mbtiles",
            description =
                    "Draw the small map over this raster MBTiles basemap (offline); default: the boundaries alone.")
    Path basemap;

    @Override
    public Integer call() throws Exception {
        ReportScope scope = Arguments.checked(() -> ReportScope.parse(zone));
        if (!(scope instanceof ReportScope.Zone z)) {
            throw Arguments.usage("--zone '" + zone + "': give LAYER:ZONE, e.g. districts:1");
        }
        KpiPdf.Paper size = ReportCommand.Kpi.choice(KpiPdf.Paper.class, "--paper", paper);
        ReportLanguage language = ReportCommand.Kpi.choice(ReportLanguage.class, "--lang", lang);
        try (Store s = store.open();
                MBTilesBasemap tiles = basemap == null ? null : MBTilesBasemap.open(basemap)) {
            Instant moment = asOf == null ? Instant.now() : moment(asOf, Briefing.timeZone(s));
            Briefing b = Briefing.of(s, z, moment, Instant.now(), forecastBoxes).withBasemap(tiles, new StreetLines(s));
            boolean zip = out.getFileName() != null
                    && out.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".zip");
            int files = zip
                    ? BriefingPack.zip(b, size, language, out, bom).size()
                    : BriefingPack.write(b, size, language, out, bom).size();
            System.out.printf(
                    "%s as of %s: %d incidents in the last 24 hours, %d in 7 days, %d open alerts, %d near repeats%n",
                    z,
                    b.asOf().atZone(b.timeZone()).toLocalDateTime(),
                    b.lastDay().size(),
                    b.lastWeek().size(),
                    b.openAlerts().size(),
                    b.nearRepeats().size());
            if (b.boxes() != null) {
                var plan = b.boxes().plan();
                System.out.printf(
                        java.util.Locale.ROOT,
                        "forecast boxes for %s at %s%% of the area: %d of %d in the zone; on the %d days before such"
                                + " boxes caught %.1f%% of the next day's incidents, last year's counts %.1f%%%n",
                        plan.day(),
                        plan.coverage(),
                        b.boxes().shown().size(),
                        plan.cells().size(),
                        org.khareetaty.core.report.ForecastBoxes.BACKTEST_DAYS,
                        100 * plan.measured().hitRateMean(),
                        100 * plan.naive().hitRateMean());
            }
            System.err.println(files + " files written " + (zip ? "into " : "to ") + out);
        }
        return 0;
    }

    /** {@code text} with an offset, or as a local time in the briefing's time zone. */
    private static Instant moment(String text, java.time.ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException again) {
                throw Arguments.usage("--as-of '" + text + "': give a time such as 2019-09-22T06:00");
            }
        }
    }
}
