package org.khareetaty.app.ui.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.khareetaty.app.ui.PlainWords;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertEvent;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.json.JsonMapping;

/**
 * An alert's explanation as the panel shows it: what {@code khareetaty alerts show} prints (the
 * gate's finding, the five score terms with their weights, each source's best event, the events
 * behind the alert with their roles, the notes and the history; for a spike, its counts and where its
 * expectation came from), laid out to read at a glance.
 */
final class AlertExplanation {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The keys of the five terms' names, in the order of docs/alerts.md. */
    static final List<String> TERMS = List.of(
            "explanation.term.severity",
            "explanation.term.confidence",
            "explanation.term.corroboration",
            "explanation.term.urgency",
            "explanation.term.sensitivity");

    private AlertExplanation() {}

    /** A priority badge: "P1" on its colour. */
    static Label badge(Priority p) {
        Label l = new Label(p.name());
        l.getStyleClass().add("priority-badge");
        l.setStyle("-fx-background-color: " + PriorityColours.css(PriorityColours.of(p)) + "; -fx-text-fill: "
                + PriorityColours.css(PriorityColours.textOn(p)) + ";");
        return l;
    }

    static String time(Instant t) {
        return t == null ? "-" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    static String dayTime(Instant t) {
        return t == null ? "-" : DAY_TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    static List<Node> of(LiveAlerts.Details d, AlertConfig.Weights w, ZoneNames names) {
        Alert a = d.alert();
        ExplanationDocument ex = explanation(a);
        List<Node> out = new ArrayList<>();
        Label title = new Label(Messages.text(
                "explanation.title",
                a.id(),
                PlainWords.kind(a.type()),
                Messages.text("alerts.filter." + a.state().name().toLowerCase(Locale.ROOT))));
        title.getStyleClass().add("alert-title");
        HBox head = new HBox(8, badge(a.priority()), title);
        if (a.unverified()) {
            head.getChildren()
                    .add(flag(Messages.text("explanation.unverified"), Messages.text("explanation.unverified.tip")));
        }
        if (a.unscored()) {
            head.getChildren()
                    .add(flag(Messages.text("explanation.unscored"), Messages.text("explanation.unscored.tip")));
        }
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        out.add(head);
        out.add(wrap(Messages.text(
                "explanation.what",
                PlainWords.of(a.eventType()),
                PlainWords.category(a.category(), DisplayLanguage.current()),
                zones(a, names),
                String.format(Locale.ROOT, "%.4f", a.lat()),
                a.eventCount(),
                a.reporterCount() > 0 ? Messages.text("explanation.reporters", a.reporterCount()) : "",
                Messages.ltr(dayTime(a.firstEventAt())),
                Messages.ltr(time(a.lastEventAt())),
                // latitude and longitude apart: "29.3252, 47.8249" would read backwards in an Arabic line
                String.format(Locale.ROOT, "%.4f", a.lon()))));
        out.add(wrap(Messages.text("explanation.gate", ex.gate() == null ? "-" : GateWords.of(ex.gate()))));
        if (ex.unscored() != null) {
            out.add(wrap(Messages.text("explanation.unscoredWhy", ex.unscored())));
        }
        out.add(section(Messages.text(
                "explanation.score", a.score() == null ? "-" : String.format(Locale.ROOT, "%.3f", a.score()))));
        if (a.terms() != null) {
            out.add(terms(a.terms(), w, a.priority()));
        }
        if (ex.sources() != null) {
            out.add(section(Messages.text("explanation.sources")));
            GridPane g = grid();
            int r = 0;
            for (ExplanationDocument.Source s : ex.sources()) {
                g.addRow(
                        r++,
                        cell(PlainWords.source(s.source())),
                        cell(PlainWords.of(s.type())),
                        cell(String.format(Locale.ROOT, "%.2f", s.confidence())),
                        cell(Messages.text(s.counted() ? "explanation.counted" : "explanation.notCounted")));
            }
            out.add(g);
        }
        if (ex.citizenReports() != null) {
            ExplanationDocument.CitizenReports c = ex.citizenReports();
            out.add(wrap(Messages.text(
                    "explanation.citizenReports",
                    PlainWords.of(c.type()).toLowerCase(Locale.ROOT),
                    c.reporters(),
                    PlainWords.votes(c.votes()))));
        }
        if (ex.geofence() != null) {
            ExplanationDocument.GeofenceFiring g = ex.geofence();
            out.add(wrap(Messages.text("explanation.geofence", g.name(), g.rule(), g.eventsInWindow())));
        }
        if (ex.spike() != null) {
            ExplanationDocument.Spike s = ex.spike();
            out.add(wrap(Messages.text(
                    "explanation.spike",
                    s.observedIncidents(),
                    String.format(Locale.ROOT, "%.2f", s.expected()),
                    String.format(Locale.ROOT, "%.2f", s.confidence()))));
            if (s.expectation() != null) {
                Label expected =
                        wrap(Messages.text("explanation.spikeExpectation", GateWords.expectation(s.expectation())));
                expected.setId("spike-expectation");
                out.add(expected);
            }
        }
        ExplanationDocument.Site site =
                ex.trigger() == null ? null : ex.trigger().site();
        if (site != null) {
            out.add(wrap(Messages.text(
                    "explanation.site",
                    site.name(),
                    site.kind(),
                    String.format(Locale.ROOT, "%.0f", site.distanceM()))));
        }
        out.add(section(Messages.text("explanation.events", d.events().size())));
        GridPane ev = grid();
        int r = 0;
        for (AlertEvent e : d.events()) {
            Label when = cell(time(e.occurredAt()));
            Label role = cell(PlainWords.role(e.role()));
            role.getStyleClass().add("event-role");
            role.setUserData(e.eventId());
            String from = e.eventId() + (e.reporter() == null ? "" : Messages.text("explanation.from", e.reporter()));
            Tooltip.install(when, new Tooltip(from));
            Tooltip.install(role, new Tooltip(from));
            ev.addRow(
                    r++,
                    when,
                    role,
                    cell(PlainWords.source(e.source())),
                    cell(PlainWords.of(e.type())),
                    cell(String.format(Locale.ROOT, "%.2f", e.confidence())));
        }
        out.add(ev);
        if (!d.notes().isEmpty()) {
            out.add(section(Messages.text("explanation.notes")));
            d.notes().forEach(n -> out.add(wrap(time(n.at()) + "  " + n.actor() + ": " + n.note())));
        }
        out.add(section(Messages.text("explanation.history")));
        for (var e : d.history()) {
            Label what = new Label(
                    time(e.at()) + "  " + PlainWords.action(e.action()) + " · " + PlainWords.actor(e.actor()));
            what.getStyleClass().add("history-action");
            out.add(what);
            if (e.reason() != null && !e.reason().isBlank()) {
                Label why = wrap(GateWords.of(e.reason()));
                why.getStyleClass().add("hint");
                why.setPadding(new javafx.geometry.Insets(0, 0, 2, 14));
                out.add(why);
            }
        }
        return out;
    }

    /** The five terms: name, value, weight, contribution and a bar of the contribution. */
    private static GridPane terms(ScoreTerms t, AlertConfig.Weights w, Priority p) {
        double[] v = {t.severity(), t.confidence(), t.corroboration(), t.urgency(), t.sensitivity()};
        double[] k = {w.severity(), w.confidence(), w.corroboration(), w.urgency(), w.sensitivity()};
        GridPane g = grid();
        for (int i = 0; i < v.length; i++) {
            Label name = cell(Messages.text(TERMS.get(i)));
            name.getStyleClass().add("term-name");
            Label value = cell(String.format(Locale.ROOT, "%.3f", v[i]));
            value.getStyleClass().add("term-value");
            Rectangle back = new Rectangle(80 * k[i], 8, javafx.scene.paint.Color.web("#e0e0e0"));
            Rectangle bar = new Rectangle(80 * k[i] * Math.max(0, Math.min(1, v[i])), 8, PriorityColours.of(p));
            StackPane bars = new StackPane(back, bar);
            StackPane.setAlignment(bar, javafx.geometry.Pos.CENTER_LEFT);
            bars.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            g.addRow(
                    i,
                    name,
                    value,
                    cell(String.format(Locale.ROOT, "× %.2f", k[i])),
                    cell(String.format(Locale.ROOT, "= %.4f", v[i] * k[i])),
                    bars);
        }
        for (int c = 0; c < 5; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(c >= 1 && c <= 3 ? HPos.RIGHT : HPos.LEFT);
            g.getColumnConstraints().add(cc);
        }
        return g;
    }

    /** The alert's zone in each layer, by name: "District 1"; "no zone" outside every layer. */
    private static String zones(Alert a, ZoneNames names) {
        JsonNode z = parse(a.zonesJson());
        Locale language = DisplayLanguage.current();
        if (z.size() == 0) {
            return a.zone() == null
                    ? org.khareetaty.app.ui.i18n.Messages.text("alerts.noZone")
                    : names.primaryName(a.zone(), language);
        }
        List<String> parts = new ArrayList<>();
        z.fields()
                .forEachRemaining(
                        e -> parts.add(names.name(e.getKey(), e.getValue().asText(), language)));
        return String.join(", ", parts);
    }

    /** The alert's explanation; one that cannot be read shows as none rather than failing the panel. */
    private static ExplanationDocument explanation(Alert a) {
        try {
            return a.explanation();
        } catch (IllegalArgumentException e) {
            return ExplanationDocument.NONE;
        }
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonMapping.object();
        }
        try {
            return JsonMapping.reader().readTree(json);
        } catch (IOException e) {
            return JsonMapping.object();
        }
    }

    private static Label flag(String text, String tip) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("alert-flag");
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(2);
        g.getStyleClass().add("alert-grid");
        return g;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        LineBreaks.wrap(l);
        return l;
    }

    private static Label cell(String text) {
        return new Label(text == null ? "" : text);
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        LineBreaks.wrap(l);
        return l;
    }
}
