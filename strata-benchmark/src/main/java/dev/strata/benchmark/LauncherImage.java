package dev.strata.benchmark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Strata as the {@code ./strata} launcher runs it, for the {@code strata-launcher} tool: the shaded
 * {@code strata.jar} that {@code mvn package} makes, a class-data-sharing archive recorded from the same training
 * run ({@code dev.strata.cli.ArchiveTraining} over the example shop's migrations), and the launcher's JVM options.
 * The archive is made once per benchmark run, untimed, under the run's own directory; the runner's classes are
 * appended to the class path after the jar, which the archive allows. Keep {@link #LAUNCHER_OPTIONS} the same as
 * the last line of {@code ./strata}.
 */
final class LauncherImage {
    /** The JIT and GC options of {@code ./strata}: C1 only and the serial collector, cheapest for a short run. */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path jar;
    private final Path archive;

    private LauncherImage(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
    }

    /**
     * Finds {@code strata.jar} beside the strata-cli jar on this JVM's class path and records its archive into
     * {@code dir}; throws IllegalStateException saying what is missing.
     */
    static LauncherImage prepare(Path dir, long timeoutSeconds) {
        Path jar = shadedJar();
        Path archive = dir.resolve("strata.jsa");
        Path training = Path.of("examples", "shop", "migrations").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(ChildRun.java(), "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(),
                "dev.strata.cli.ArchiveTraining"));
        if (Files.isDirectory(training)) {
            command.add(training.toString());
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("strata-archive.log").toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot record the class-data archive of " + jar + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording the class-data archive", e);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no class-data archive was recorded from " + jar + " (see "
                    + dir.resolve("strata-archive.log") + ")");
        }
        return new LauncherImage(jar, archive);
    }

    /** What goes between {@code java} (and the harness-wide options) and the runner's class name. */
    List<String> jvmArguments() {
        List<String> arguments = new ArrayList<>(LAUNCHER_OPTIONS);
        arguments.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive,
                "-cp", jar + java.io.File.pathSeparator + location(StrataRunner.class)));
        return arguments;
    }

    private static Path shadedJar() {
        Path cli;
        try {
            cli = location(Class.forName("dev.strata.cli.Main"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("strata-cli is not on the benchmark's class path", e);
        }
        Path jar = cli.getParent().resolve("strata.jar"); // target/, whether cli is target/classes or the module jar
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("strata-launcher needs " + jar + ": run `mvn -pl strata-cli -am package -DskipTests`");
        }
        return jar;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
