package dev.strata.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The run the launcher {@code ./strata} records its class-data-sharing archive from (after each build, with
 * {@code -XX:ArchiveClassesAtExit}): the classes a command loads, plus every class of the bundled JDBC drivers.
 * Those cannot be exercised here (no server is at hand when the archive is made), and without them a run
 * against PostgreSQL loaded ~170 driver classes from the jar: ~20% of {@code strata current}'s wall time.
 * Usage: {@code ArchiveTraining [MIGRATIONS_DIR]}; it prints nothing and exits 0 whatever happens.
 */
public final class ArchiveTraining {
    /** The packages of the drivers that are loaded whole. */
    private static final List<String> DRIVER_PACKAGES = List.of("org/postgresql/", "org/mariadb/jdbc/");

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        List<String> command = new ArrayList<>(List.of("-q", "--url", "sqlite::memory:"));
        if (args.length > 0) {
            command.addAll(List.of("--dir", args[0]));
        }
        command.add("current");
        Main.run(nowhere, nowhere, Map.of(), Path.of("").toAbsolutePath(), command.toArray(String[]::new));
        loadDriverClasses();
        System.exit(0);
    }

    private static void loadDriverClasses() {
        ClassLoader loader = ArchiveTraining.class.getClassLoader();
        try (JarFile jar = new JarFile(Path.of(Class.forName("org.postgresql.Driver", false, loader)
                .getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && DRIVER_PACKAGES.stream().anyMatch(name::startsWith)) {
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                    } catch (ReflectiveOperationException | LinkageError e) {
                        // a class of an optional feature whose dependencies are absent: not needed at run time either
                    }
                }
            }
        } catch (IOException | URISyntaxException | ReflectiveOperationException | RuntimeException e) {
            // no driver, or not in a jar (a classes directory): nothing to add
        }
    }
}
