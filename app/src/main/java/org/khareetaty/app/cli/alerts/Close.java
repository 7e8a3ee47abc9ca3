package org.khareetaty.app.cli.alerts;

import org.khareetaty.core.alert.AlertState;
import picocli.CommandLine.Command;

/** {@code khareetaty alerts close ID}: closes an alert. */
@Command(
        name = "close",
        mixinStandardHelpOptions = true,
        description = "Close an alert (final: later events of its incident raise a new one).")
final class Close extends Move {
    @Override
    AlertState to() {
        return AlertState.CLOSED;
    }
}
