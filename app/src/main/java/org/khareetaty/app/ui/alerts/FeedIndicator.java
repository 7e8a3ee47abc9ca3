package org.khareetaty.app.ui.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.stream.FeedHealth;

/** The feed's health in the status line: a coloured dot and a word (off, connecting, connected, stale, reconnecting, closed). */
public final class FeedIndicator extends Label {
    private final Circle dot = new Circle(5);
    private final Tooltip tip = new Tooltip();

    public FeedIndicator(LiveAlerts live) {
        setId("feed-status");
        getStyleClass().add("feed-status");
        setGraphic(dot);
        setTooltip(tip);
        live.health().addListener((o, a, h) -> show(h, live));
        show(null, live);
    }

    private void show(FeedHealth h, LiveAlerts live) {
        if (h == null) {
            dot.setFill(Color.web("#9e9e9e"));
            setText(Messages.text("feed.off"));
            tip.setText(Messages.text("feed.off.tip"));
            return;
        }
        String state = Messages.text("feed.state." + h.state().name().toLowerCase(Locale.ROOT));
        dot.setFill(
                switch (h.state()) {
                    case CONNECTED -> Color.web("#2e7d32");
                    case CONNECTING, RECONNECTING -> Color.web("#f9a825");
                    case STALE -> Color.web("#ef6c00");
                    case CLOSED -> Color.web("#c62828");
                });
        String ago = h.lastMessageAt() == null
                ? ""
                : Messages.text(
                        "feed.lastMessage",
                        Duration.between(h.lastMessageAt(), h.at() == null ? Instant.now() : h.at())
                                .toSeconds());
        setText(Messages.text("feed.state", state, live.events()));
        tip.setText(live.source().get() + ": " + state + ago + (h.detail() == null ? "" : "\n" + h.detail()));
    }
}
