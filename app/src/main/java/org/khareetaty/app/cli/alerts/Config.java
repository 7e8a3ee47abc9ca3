package org.khareetaty.app.cli.alerts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.alert.config.AlertConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts config}: the alert engine's effective configuration, or {@code --init} to write it. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = {
            "The alert engine's effective configuration: the file in force and every key with its value.",
            "--init writes the bundled defaults as STORE/alerts.toml to edit."
        })
final class Config implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--init", description = "Write the defaults to STORE/alerts.toml (refuses to overwrite one).")
    boolean init;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = store.resolve();
        Path file = dir.resolve(AlertConfig.FILE_NAME);
        if (init) {
            if (Files.exists(file)) {
                throw new IllegalArgumentException(
                        file + " exists already: edit it, or remove it to start again from the defaults");
            }
            Files.createDirectories(dir);
            Files.writeString(file, AlertConfig.defaultsText());
            System.out.println("wrote " + file);
            return 0;
        }
        AlertConfig c = AlertConfig.forStore(dir);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.file() == null ? null : c.file().toString());
            m.put("values", c.values());
            System.out.println(Json.of(m));
            return 0;
        }
        System.out.println(
                c.file() == null
                        ? "bundled defaults (no " + file + "; `khareetaty alerts config --init` writes one to edit)"
                        : "configuration file " + c.file() + " over the bundled defaults");
        List<String> lines = new ArrayList<>();
        c.values().forEach((k, v) -> lines.add(String.format(Locale.ROOT, "  %-44s = %s", k, v)));
        lines.forEach(System.out::println);
        return 0;
    }
}
