/**
 * {@code khareetaty alerts}: one class per subcommand (list, show, the workflow moves, notes, the audit log, statistics,
 * geofences, sensitive sites, configuration, the headless listener), with the shared terminal and JSON shapes in
 * {@link org.khareetaty.app.cli.alerts.AlertText} and {@link org.khareetaty.app.cli.alerts.AlertJson}.
 */
package org.khareetaty.app.cli.alerts;
