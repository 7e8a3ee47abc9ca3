package org.khareetaty.app.cli.alerts;

import picocli.CommandLine.Command;

/**
 * {@code khareetaty alerts}: the alerts the live-stream engine raised, their workflow (acknowledge,
 * dispatch, close, notes), the audit log with the fairness check, per-stage latencies, geofences,
 * sensitive sites and the engine's configuration. {@code alerts listen URL} (the headless client)
 * is wired where the stream client lives. See docs/alerts.md.
 */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = {
            "Alerts raised from the live event stream: list, show, acknowledge, dispatch, close, notes; the",
            "audit log and fairness check; per-stage latency; geofences; sensitive sites; configuration. See docs/alerts.md."
        },
        subcommands = {
            ListAlerts.class,
            Show.class,
            Ack.class,
            Dispatch.class,
            Close.class,
            Note.class,
            Audit.class,
            Stats.class,
            GeofenceCommand.class,
            SitesCommand.class,
            Config.class,
            AlertsListenCommand.class
        })
public final class AlertsCommand {
    private AlertsCommand() {}
}
