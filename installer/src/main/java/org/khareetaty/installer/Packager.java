package org.khareetaty.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the installable program from the app's runtime jars: a Java runtime made with jlink that
 * holds the JavaFX modules on its module path (their native libraries moved out of the jars into the
 * runtime's own library folder, where JavaFX looks first), the portable app image made with jpackage
 * (with the docs and the licence notices), and the system's package: a {@code .deb} on Linux, an
 * {@code .msi} on Windows, a {@code .dmg} on macOS.
 *
 * <p>Run by the {@code installer} Maven profile ({@code installer/build.sh}); a single-file program
 * so it runs on any JDK 17 without a build of its own:
 *
 * <pre>
 * java Packager.java --jars=DIR --main-jar=NAME --version=V --project=DIR --installer=DIR --out=DIR
 *                    --third-party=FILE [--app-version=X.Y.Z] [--types=app-image,deb]
 * </pre>
 */
public final class Packager {
    static final String NAME = "khareetaty";
    static final String MAIN_CLASS = "org.khareetaty.app.cli.Khareetaty";
    static final String DESCRIPTION = "Desktop GIS workstation for crime analysts";
    static final String VENDOR = "Khareetaty Workstation project";
    /** The JavaFX modules the app uses; they go into the runtime, never on the class path. */
    static final List<String> JAVAFX_MODULES =
            List.of("javafx.base", "javafx.graphics", "javafx.controls", "javafx.swing");
    /**
     * JDK modules jdeps cannot see because they are found at run time: elliptic-curve TLS (the feed's
     * TLS, online tiles), the zip file system, charsets and the locale data (English and Arabic only).
     */
    static final List<String> SERVICE_MODULES =
            List.of("jdk.crypto.ec", "jdk.zipfs", "jdk.charsets", "jdk.localedata", "jdk.unsupported");

    private final Map<String, String> args;
    private final Os os = Os.current();
    private final Path work;
    private final Path out;

    private Packager(Map<String, String> args) {
        this.args = args;
        this.out = path("out");
        this.work = out.resolveSibling("packaging");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                System.err.println("installer: expected --option=value, got " + a);
                System.exit(2);
            }
            args.put(a.substring(2, eq), a.substring(eq + 1));
        }
        try {
            new Packager(args).run();
        } catch (Failure f) {
            System.err.println("installer: " + f.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        if (Runtime.version().feature() < 17) {
            throw new Failure("needs JDK 17 or later, running on " + Runtime.version());
        }
        deleteTree(work);
        deleteTree(out);
        Files.createDirectories(out);
        List<Path> jars = listJars(path("jars"));
        List<Path> appJars = jars.stream().filter(j -> !isJavaFx(j)).collect(Collectors.toList());
        Path runtime = runtime(jars, appJars);
        Path image = appImage(runtime, input(appJars), out.resolve("image"));

        List<String> report = new ArrayList<>();
        report.add("runtime (jlink, with JavaFX): " + megabytes(size(runtime)));
        report.add("app image " + image + ": " + megabytes(size(image)));
        if (os != Os.MAC) { // on macOS the .app inside the .dmg is the portable image
            Path archive = portableArchive(image);
            report.add("portable app image " + archive + ": " + megabytes(Files.size(archive)));
        }
        for (String type :
                args.getOrDefault("types", "app-image," + os.packageType()).split(",")) {
            if (!type.equals("app-image")) {
                Path pkg = installerPackage(type, image);
                report.add(type + " " + pkg + ": " + megabytes(Files.size(pkg)));
            }
        }
        Files.write(out.resolve("sizes.txt"), report);
        report.forEach(line -> System.out.println("installer: " + line));
    }

    /**
     * The Java runtime: jlink over the JDK's jmods and JavaFX's platform jars, their native libraries
     * moved into the runtime's library folder.
     */
    private Path runtime(List<Path> jars, List<Path> appJars) throws IOException, InterruptedException {
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new Failure("jlink needs the JDK's jmods, not found in " + jmods
                    + " (Debian: apt-get install openjdk-17-jmods)");
        }
        String suffix = "-" + os.javafxClassifier() + ".jar";
        List<Path> fxPlatformJars = jars.stream()
                .filter(j -> isJavaFx(j) && j.getFileName().toString().endsWith(suffix))
                .collect(Collectors.toList());
        if (fxPlatformJars.size() != JAVAFX_MODULES.size()) {
            throw new Failure("expected the " + JAVAFX_MODULES.size() + " JavaFX jars *" + suffix + " in "
                    + path("jars") + ", found " + fxPlatformJars);
        }
        Path fxMods = work.resolve("javafx-modules");
        Path natives = work.resolve("javafx-natives");
        for (Path jar : fxPlatformJars) {
            splitNatives(jar, fxMods.resolve(jar.getFileName()), natives);
        }
        Path runtime = work.resolve("runtime");
        jlink(jmods, fxMods, appJars, runtime);
        Path libraries = runtime.resolve(os.runtimeLibraryFolder());
        try (Stream<Path> s = Files.list(natives)) {
            for (Path lib : (Iterable<Path>) s::iterator) {
                Path target = libraries.resolve(lib.getFileName().toString());
                if (Files.exists(target)) { // e.g. the C runtime DLLs on Windows: keep the JDK's
                    System.out.println("installer: kept the runtime's own " + target.getFileName());
                } else {
                    Files.copy(lib, target);
                }
            }
        }
        return runtime;
    }

    /** What goes into the app folder: the jars (class path), the docs and the licence notices. */
    private Path input(List<Path> appJars) throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        for (Path jar : appJars) {
            Files.copy(jar, input.resolve(jar.getFileName()));
        }
        addDocsAndNotices(input.resolve("docs"), input.resolve("legal"));
        return input;
    }

    /** The app image as one file: a .tar.gz on Linux (file modes kept), a .zip on Windows. */
    private Path portableArchive(Path image) throws IOException, InterruptedException {
        Path imageDir = image.getParent();
        String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x64";
        String base = NAME + "-" + args.get("version") + "-" + os.name().toLowerCase(Locale.ROOT) + "-" + arch;
        if (os == Os.LINUX) {
            Path tar = out.resolve(base + ".tar.gz");
            exec(List.of("tar", "-C", imageDir.toString(), "-czf", tar.toString(), os.imageName()));
            return tar;
        }
        Path zip = out.resolve(base + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(image)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                z.putNextEntry(new ZipEntry(imageDir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** The runtime: the JDK modules the jars use (jdeps) and the service modules, plus JavaFX. */
    private void jlink(Path jmods, Path fxMods, List<Path> appJars, Path runtime)
            throws IOException, InterruptedException {
        // jdeps resolves the module descriptors of modular jars (okhttp requires okio, which has none):
        // it reads copies without them, as the jars are used, on the class path
        Path plain = work.resolve("jdeps-class-path");
        List<Path> plainJars = new ArrayList<>();
        for (Path jar : appJars) {
            Path copy = plain.resolve(jar.getFileName());
            copyJar(jar, copy, name -> name.endsWith("module-info.class"), null);
            plainJars.add(copy);
        }
        String classPath =
                plainJars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> jdeps = new ArrayList<>(List.of(
                tool("jdeps"),
                "--multi-release",
                "17",
                "--ignore-missing-deps",
                "--print-module-deps",
                "--module-path",
                fxMods.toString(),
                "--class-path",
                classPath));
        plainJars.forEach(j -> jdeps.add(j.toString()));
        TreeSet<String> modules = new TreeSet<>(List.of(capture(jdeps).strip().split(",")));
        modules.addAll(SERVICE_MODULES);
        modules.addAll(JAVAFX_MODULES);
        System.out.println("installer: runtime modules " + String.join(",", modules));
        exec(List.of(
                tool("jlink"),
                "--module-path",
                jmods + java.io.File.pathSeparator + fxMods,
                "--add-modules",
                String.join(",", modules),
                "--include-locales=en,ar",
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--compress=2",
                "--output",
                runtime.toString()));
    }

    private Path appImage(Path runtime, Path input, Path dest) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                tool("jpackage"),
                "--type",
                "app-image",
                "--name",
                NAME,
                "--app-version",
                appVersion(),
                "--description",
                DESCRIPTION,
                "--vendor",
                VENDOR,
                "--runtime-image",
                runtime.toString(),
                "--input",
                input.toString(),
                "--main-jar",
                args.get("main-jar"),
                "--main-class",
                MAIN_CLASS,
                "--java-options",
                "-Xmx1g",
                "--dest",
                dest.toString()));
        cmd.addAll(iconOption());
        if (os == Os.WINDOWS) {
            cmd.add("--win-console"); // the command line prints; the menu's launcher has no console
            cmd.addAll(List.of(
                    "--add-launcher",
                    "Khareetaty Workstation=" + installerDir().resolve("windows/window-launcher.properties")));
        }
        exec(cmd);
        return dest.resolve(os.imageName());
    }

    /** {@code --icon} with the system's icon drawn by installer/icon/draw-icon.sh. */
    private List<String> iconOption() {
        Path icon = installerDir().resolve("icon/" + NAME + os.iconSuffix());
        return Files.exists(icon) ? List.of("--icon", icon.toString()) : List.of();
    }

    private Path installerPackage(String type, Path image) throws IOException, InterruptedException {
        Path dest = out.resolve("package");
        deleteTree(dest);
        List<String> cmd = new ArrayList<>(List.of(
                tool("jpackage"),
                "--type",
                type,
                "--app-image",
                image.toString(),
                "--name",
                NAME,
                "--app-version",
                type.equals("deb") ? debianVersion(args.get("version")) : appVersion(),
                "--description",
                DESCRIPTION,
                "--vendor",
                VENDOR,
                "--license-file",
                path("project").resolve("LICENSE").toString(),
                "--dest",
                dest.toString()));
        cmd.addAll(iconOption()); // the menu's icon
        switch (type) {
            case "deb" ->
                cmd.addAll(List.of(
                        "--resource-dir",
                        installerDir().resolve("linux").toString(),
                        "--linux-package-deps",
                        String.join(", ", debianDepends()),
                        "--linux-deb-maintainer",
                        "khareetaty@example.org",
                        "--linux-app-category",
                        "science",
                        "--linux-menu-group",
                        "Science;Geography;",
                        "--linux-shortcut"));
            case "msi" -> cmd.addAll(List.of("--win-dir-chooser", "--win-menu", "--win-menu-group", "Khareetaty"));
            case "dmg" -> cmd.addAll(List.of("--mac-package-name", "Khareetaty"));
            default -> throw new Failure("unknown package type " + type);
        }
        exec(cmd);
        Path built;
        try (Stream<Path> files = Files.list(dest)) {
            built = files.filter(Files::isRegularFile)
                    .findFirst()
                    .orElseThrow(() -> new Failure("jpackage wrote no " + type + " into " + dest));
        }
        Path target = out.resolve(built.getFileName());
        Files.move(built, target, StandardCopyOption.REPLACE_EXISTING);
        deleteTree(dest);
        return target;
    }

    /** The .deb's dependencies, one package a line in installer/linux/deb-depends ({@code #} starts a comment). */
    private List<String> debianDepends() throws IOException {
        return Files.readAllLines(installerDir().resolve("linux/deb-depends")).stream()
                .map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
    }

    /** README, docs/ with its screenshots; the licence, notices and the generated third-party list. */
    private void addDocsAndNotices(Path docs, Path legal) throws IOException {
        Path project = path("project");
        copyTree(project.resolve("docs"), docs);
        Files.copy(project.resolve("README.md"), docs.resolve("README.md"));
        copyTree(installerDir().resolve("legal"), legal);
        Files.copy(project.resolve("LICENSE"), legal.resolve("LICENSE"));
        String thirdParty = args.get("third-party");
        if (thirdParty == null || !Files.exists(Path.of(thirdParty))) {
            throw new Failure("the third-party licence list is missing (" + thirdParty
                    + "): build with the installer profile, which generates it");
        }
        Files.copy(Path.of(thirdParty), legal.resolve("THIRD-PARTY.txt"));
    }

    /**
     * Copies a JavaFX jar without its native libraries, which go to {@code natives}: JavaFX loads them
     * from the runtime's library folder first, so none is unpacked into the user's home at run time.
     */
    static void splitNatives(Path jar, Path stripped, Path natives) throws IOException {
        Files.createDirectories(natives);
        copyJar(jar, stripped, name -> !name.contains("/") && name.matches(".+\\.(so|dll|dylib)"), natives);
    }

    /**
     * Copies a jar without the entries {@code leaveOut} names; those are written into {@code leftOutDir}
     * when it is not null.
     */
    static void copyJar(Path jar, Path copy, Predicate<String> leaveOut, Path leftOutDir) throws IOException {
        Files.createDirectories(copy.getParent());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!leaveOut.test(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    in.transferTo(zip);
                    zip.closeEntry();
                } else if (leftOutDir != null) {
                    Files.copy(in, leftOutDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Debian's order: {@code 0.1.0-SNAPSHOT} becomes {@code 0.1.0~SNAPSHOT}, before the release {@code 0.1.0}. */
    static String debianVersion(String mavenVersion) {
        return mavenVersion.replace('-', '~');
    }

    /** The version jpackage accepts on every system: the leading numbers of the Maven version. */
    private String appVersion() {
        String given = args.get("app-version");
        if (given != null && !given.isBlank()) {
            return given;
        }
        Matcher m = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(args.get("version"));
        if (!m.find()) {
            throw new Failure("cannot read a version for jpackage from " + args.get("version"));
        }
        return m.group(1);
    }

    private static boolean isJavaFx(Path jar) {
        return jar.getFileName().toString().startsWith("javafx-");
    }

    private static List<Path> listJars(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private Path path(String option) {
        String v = args.get(option);
        if (v == null) {
            throw new Failure("missing --" + option);
        }
        return Path.of(v).toAbsolutePath().normalize();
    }

    private Path installerDir() {
        return path("installer");
    }

    private static String tool(String name) {
        Path p = Path.of(System.getProperty("java.home"), "bin", name + (Os.current() == Os.WINDOWS ? ".exe" : ""));
        if (!Files.isExecutable(p)) {
            throw new Failure(name + " not found in " + p.getParent() + ": run with a full JDK 17");
        }
        return p.toString();
    }

    private static void exec(List<String> cmd) throws IOException, InterruptedException {
        System.out.println("installer: " + String.join(" ", cmd));
        int exit = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new Failure(Path.of(cmd.get(0)).getFileName() + " failed with exit code " + exit);
        }
    }

    private static String capture(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new Failure(Path.of(cmd.get(0)).getFileName() + " failed: " + text);
        }
        return text;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / 1e6, bytes);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The system the package is built on and for. */
    enum Os {
        LINUX("linux", "lib", "deb", ".png"),
        WINDOWS("win", "bin", "msi", ".ico"),
        MAC("mac", "lib", "dmg", ".icns");

        private final String javafxClassifier;
        private final String runtimeLibraryFolder;
        private final String packageType;
        private final String iconSuffix;

        Os(String javafxClassifier, String runtimeLibraryFolder, String packageType, String iconSuffix) {
            this.javafxClassifier = javafxClassifier;
            this.runtimeLibraryFolder = runtimeLibraryFolder;
            this.packageType = packageType;
            this.iconSuffix = iconSuffix;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        /** JavaFX's Maven classifier: {@code linux}, {@code win}, {@code mac}, with {@code -aarch64} on ARM. */
        String javafxClassifier() {
            String arch = System.getProperty("os.arch");
            return javafxClassifier + (arch.equals("aarch64") ? "-aarch64" : "");
        }

        String runtimeLibraryFolder() {
            return runtimeLibraryFolder;
        }

        String packageType() {
            return packageType;
        }

        String iconSuffix() {
            return iconSuffix;
        }

        /** The app image's folder: {@code khareetaty}, or {@code khareetaty.app} on macOS. */
        String imageName() {
            return this == MAC ? NAME + ".app" : NAME;
        }
    }

    /** A failure with a message for the person building; no stack trace. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
