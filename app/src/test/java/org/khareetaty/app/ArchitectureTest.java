package org.khareetaty.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.regex.Pattern;

/**
 * The allowed arrows of docs/architecture.md, checked on the main classes of every module (app's
 * test class path holds them all). A rule that fails names each class and the dependency that breaks
 * it; fix the code, not the rule, or change docs/architecture.md and this test together.
 */
@AnalyzeClasses(
        packages = {"org.khareetaty", "db.migration"},
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    private static final String CORE = "org.khareetaty.core..";
    private static final String MIGRATIONS = "db.migration..";
    private static final String GEO_DATA = "org.khareetaty.geo..";
    private static final String SAMPLE_DATA = "org.khareetaty.sample..";
    private static final String EVENT_FEED = "org.khareetaty.feed..";
    private static final String APP = "org.khareetaty.app..";

    @ArchTest
    static final ArchRule coreNeverImportsJavaFxNorTheModulesAboveIt = noClasses()
            .that()
            .resideInAnyPackage(CORE, MIGRATIONS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", GEO_DATA, SAMPLE_DATA, EVENT_FEED, APP)
            .because("core-analytics is the ground layer: no UI, and no module above it");

    @ArchTest
    static final ArchRule analyticsNeverImportTheDemoGenerators = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SAMPLE_DATA)
            .because("analyses run on any store, not on knowledge of how the demo data was made");

    @ArchTest
    static final ArchRule windowAndCommandsRunNoSql = noClasses()
            .that()
            .resideInAPackage("org.khareetaty.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("SQL lives in core query classes that return records; the window, the commands, the"
                    + " live feeds and the demo builder call them (a shared PostGIS store later changes only core)");

    @ArchTest
    static final ArchRule feedServerNeverImportsTheStreamClient = noClasses()
            .that()
            .resideInAPackage(EVENT_FEED)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.khareetaty.core.stream..")
            .because(
                    "server and client share only the event model (core.event), so each can be tested against the other");

    @ArchTest
    static final ArchRule feedServerUsesOnlyTheEventModelOfTheCore = noClasses()
            .that()
            .resideInAPackage(EVENT_FEED)
            .should()
            .dependOnClassesThat(resideInAPackage(CORE)
                    .and(not(resideInAnyPackage("org.khareetaty.core.event..", "org.khareetaty.core.error.."))))
            .because("docs/architecture.md: event-feed depends on core-analytics for the event model"
                    + " and the error root only");

    @ArchTest
    static final ArchRule alertEngineDoesNotImportTheStreamClient = noClasses()
            .that()
            .resideInAPackage("org.khareetaty.core.alert..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.khareetaty.core.stream..")
            .because("the engine decides on received events (core.event), whatever transport brought them");

    @ArchTest
    static final ArchRule modulesDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core-analytics")
            .definedBy(CORE, MIGRATIONS)
            .layer("geo-data")
            .definedBy(GEO_DATA)
            .layer("sample-data")
            .definedBy(SAMPLE_DATA)
            .layer("event-feed")
            .definedBy(EVENT_FEED)
            .layer("app")
            .definedBy(APP)
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("sample-data")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("event-feed")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("geo-data")
            .mayOnlyBeAccessedByLayers("sample-data", "app")
            .whereLayer("core-analytics")
            .mayOnlyBeAccessedByLayers("geo-data", "sample-data", "event-feed", "app");

    @ArchTest
    static final ArchRule noCyclesBetweenModules =
            slices().assignedFrom(new ModuleOf()).should().beFreeOfCycles();

    /** The Maven module a class belongs to, read from its package. */
    static final class ModuleOf implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.startsWith("org.khareetaty.core") || p.startsWith("db.migration")) {
                return SliceIdentifier.of("core-analytics");
            }
            for (String[] m : new String[][] {
                {"org.khareetaty.geo", "geo-data"},
                {"org.khareetaty.sample", "sample-data"},
                {"org.khareetaty.feed", "event-feed"},
                {"org.khareetaty.app", "app"}
            }) {
                if (p.equals(m[0]) || p.startsWith(m[0] + ".")) {
                    return SliceIdentifier.of(m[1]);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the Maven modules";
        }
    }

    /**
     * Leaves out core-analytics' test jar (its fixtures share the main packages): only main classes are
     * held to the rules. {@link ImportOption.DoNotIncludeTests} covers the test-classes folders.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
