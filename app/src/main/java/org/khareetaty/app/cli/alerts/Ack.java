package org.khareetaty.app.cli.alerts;

import org.khareetaty.core.alert.AlertState;
import picocli.CommandLine.Command;

/** {@code khareetaty alerts ack ID}: acknowledges an alert. */
@Command(name = "ack", mixinStandardHelpOptions = true, description = "Acknowledge an alert.")
final class Ack extends Move {
    @Override
    AlertState to() {
        return AlertState.ACKNOWLEDGED;
    }
}
