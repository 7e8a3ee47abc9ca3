package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The built-in profiles, detection from a header, and selection by name. */
public final class Profiles {
    /** Built-in profiles in detection order. */
    public static final List<Profile> BUILT_IN =
            List.of(new ChicagoPortalProfile(), new CityFormatProfile(), new CrimeOpenDatabaseProfile());

    private Profiles() {}

    /** Names accepted by {@code --profile}. */
    public static List<String> names() {
        return BUILT_IN.stream().map(Profile::name).toList();
    }

    /**
     * Why {@link #choose} chose {@code profile}: "detected: the header has ...", "given with
     * --profile", "the mapping file's".
     */
    public static String why(Profile profile, String name, Mapping mapping) {
        if (mapping != null) {
            return "read through the mapping file";
        }
        if (name != null) {
            return "given with --profile";
        }
        return "detected: " + profile.recognisedBy();
    }

    /**
     * The profile for a file: the mapping's when one is given, else the one named, else the first
     * built-in profile that recognises the header.
     *
     * @throws ImportException when the name is unknown or no profile recognises the header
     */
    public static Profile choose(Header header, String name, Mapping mapping, Path file) {
        if (mapping != null) {
            return new MappedProfile(mapping);
        }
        if (name != null) {
            return BUILT_IN.stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new ImportException(
                            file, 0, "unknown profile '" + name + "'; known profiles: " + String.join(", ", names())));
        }
        return BUILT_IN.stream()
                .filter(p -> p.matches(header))
                .findFirst()
                .orElseThrow(
                        () -> new ImportException(
                                file,
                                1,
                                "no profile recognises this header ("
                                        + header.original().stream().limit(30).collect(Collectors.joining(", "))
                                        + "). Known profiles: " + String.join(", ", names())
                                        + ". For another format write a mapping file and pass --mapping FILE (see docs/mapping.md)."));
    }
}
