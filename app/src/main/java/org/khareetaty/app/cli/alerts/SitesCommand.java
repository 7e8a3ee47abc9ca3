package org.khareetaty.app.cli.alerts;

import picocli.CommandLine.Command;

/** {@code khareetaty alerts sites}: the sensitive sites (load, list, clear). */
@Command(
        name = "sites",
        mixinStandardHelpOptions = true,
        description =
                "Sensitive sites (schools, hospitals, government buildings) whose nearness raises an alert's spatial sensitivity.",
        subcommands = {SitesLoad.class, SitesList.class, SitesClear.class})
final class SitesCommand {}
