package org.khareetaty.app.cli.alerts;

import org.khareetaty.core.alert.AlertState;
import picocli.CommandLine.Command;

/** {@code khareetaty alerts dispatch ID}: marks an alert dispatched. */
@Command(name = "dispatch", mixinStandardHelpOptions = true, description = "Mark an alert dispatched.")
final class Dispatch extends Move {
    @Override
    AlertState to() {
        return AlertState.DISPATCHED;
    }
}
