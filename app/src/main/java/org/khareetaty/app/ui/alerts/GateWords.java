package org.khareetaty.app.ui.alerts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khareetaty.app.ui.PlainWords;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.event.EventSource;

/**
 * A gate's finding and an audit entry's reason in the window's words. The engine stores them in
 * English, once, as the audit log's and the explanation's published text ({@code core.alert.gate.
 * IncidentAssessor}, {@code GeofenceDecision}, {@code SpikeDecision}, {@code DedupOrRaise}); an
 * Arabic window reads each clause of a known form again and writes it from the bundles' {@code
 * reason.*} patterns, its sources by name ({@link PlainWords#source}) and its numbers unchanged. A
 * clause of another form (a newer engine's) is shown as stored rather than guessed at. Comparisons
 * are written in words: a right-to-left line mirrors "&gt;=" (UAX #9, rule L4).
 */
final class GateWords {
    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final String SOURCES = "((?:[a-z_.]+ \\d+\\.\\d+)(?: \\+ [a-z_.]+ \\d+\\.\\d+)*)";
    private static final Pattern UPDATE = Pattern.compile("updates open alert (\\S+) \\((.*)\\)");
    /** {@code WeekHourExpectation.words}: where a spike's hour-of-week expectation came from. */
    private static final Pattern EXPECTATION = Pattern.compile(
            "the cell's mean for ([A-Z][a-z]+day) (\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)"
                    + " \\((\\S+)\\) over the (\\d+) weeks (\\d{4}-\\d\\d-\\d\\d) to (\\d{4}-\\d\\d-\\d\\d) of the store's history");

    private static final String SPIKE_WINDOW = " incidents in the (\\S+) to (\\S+) window of cell ([0-9a-f]+) against "
            + NUMBER + " expected \\(" + NUMBER;
    private static final List<Form> FORMS = List.of(
            new Form("reason.correlated", "correlated: " + SOURCES + ", combined " + NUMBER + " >= " + NUMBER),
            new Form(
                    "reason.correlationRejected",
                    "correlation rejected: " + SOURCES + ", combined " + NUMBER + " below " + NUMBER),
            new Form("reason.anomaly", "anomaly: " + SOURCES + " >= " + NUMBER),
            new Form("reason.anomalyBelow", "anomaly: best source " + SOURCES + " below " + NUMBER),
            new Form("reason.sensor", "sensor: ([a-z_.]+) always alerts, unverified"),
            new Form("reason.geofence", "geofence (.+) \\((.+)\\): (\\d+) events? inside, always alerts"),
            new Form("reason.geofenceGate", "geofence (.+) \\((.+)\\) always alerts"),
            new Form("reason.spikeGate", "spike: confidence " + NUMBER + " >= " + NUMBER),
            new Form("reason.trendWatchGate", "trend watch: confidence " + NUMBER + " below " + NUMBER),
            new Form(
                    "reason.spike",
                    "spike: (\\d+) incidents in the (\\S+) to (\\S+) window of cell ([0-9a-f]+) against " + NUMBER
                            + " expected \\(" + NUMBER + " per hour over " + NUMBER + " h\\), confidence " + NUMBER
                            + " >= " + NUMBER),
            new Form(
                    "reason.spikeHistory",
                    "spike: (\\d+)" + SPIKE_WINDOW + " per hour floored at " + NUMBER
                            + ", from (the cell's mean .+)\\)," + " confidence " + NUMBER + " >= " + NUMBER),
            new Form(
                    "reason.trendWatchHistory",
                    "trend watch: (\\d+)" + SPIKE_WINDOW + " per hour floored at " + NUMBER
                            + ", from (the cell's mean .+)\\), confidence " + NUMBER + " below " + NUMBER),
            new Form(
                    "reason.trendWatch",
                    "trend watch: (\\d+) incidents in the (\\S+) to (\\S+) window of cell ([0-9a-f]+) against "
                            + NUMBER + " expected \\(" + NUMBER + " per hour over " + NUMBER
                            + " h\\), confidence " + NUMBER + " below " + NUMBER));

    private GateWords() {}

    /** {@code reason} as the window shows it: as stored in English, its known clauses in Arabic in Arabic. */
    static String of(String reason) {
        if (reason == null || !Messages.arabic()) {
            return reason;
        }
        Matcher update = UPDATE.matcher(reason);
        if (update.matches()) {
            return Messages.text("reason.update", of(update.group(2)));
        }
        List<String> clauses = new ArrayList<>();
        for (String clause : reason.split("; ")) {
            clauses.add(clause(clause));
        }
        return String.join(Messages.text("reason.separator"), clauses);
    }

    private static String clause(String clause) {
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(clause);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = word(m.group(i + 1));
                }
                return Messages.text(f.key(), args);
            }
        }
        return clause;
    }

    /**
     * Where a spike's hour-of-week expectation came from ({@code ExplanationDocument.Spike.expectation},
     * the words from "the cell's mean"): as stored in English, in Arabic in Arabic with its day, hours,
     * weeks and dates; words of another form as stored.
     */
    static String expectation(String words) {
        if (words == null || !Messages.arabic()) {
            return words;
        }
        Matcher m = EXPECTATION.matcher(words);
        if (!m.matches()) {
            return words;
        }
        String day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))
                .getDisplayName(TextStyle.FULL, Messages.locale());
        return Messages.text(
                "reason.expectation",
                day,
                m.group(2),
                m.group(3),
                m.group(4),
                m.group(5),
                Messages.ltr(m.group(6)),
                Messages.ltr(m.group(7)));
    }

    /** A clause's part in words: a list of sources by name, a source, an instant as a local time, else as it is. */
    private static String word(String part) {
        if (part.startsWith("the cell's mean for ")) {
            return expectation(part);
        }
        if (part.matches("[a-z_.]+ \\d+\\.\\d+( \\+ .*)?")) {
            List<String> sources = new ArrayList<>();
            for (String s : part.split(" \\+ ")) {
                int space = s.lastIndexOf(' ');
                sources.add(PlainWords.source(s.substring(0, space)) + " " + s.substring(space + 1));
            }
            return String.join(" + ", sources);
        }
        if (EventSource.fromWire(part).isPresent()) {
            return PlainWords.source(part);
        }
        if (part.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            try {
                return Messages.ltr(AlertExplanation.dayTime(Instant.parse(part)));
            } catch (DateTimeParseException e) {
                return part;
            }
        }
        return part;
    }

    /** A clause's form: its bundle key and the English it is stored in. */
    private record Form(String key, Pattern pattern) {
        Form(String key, String regex) {
            this(key, Pattern.compile(regex));
        }
    }
}
