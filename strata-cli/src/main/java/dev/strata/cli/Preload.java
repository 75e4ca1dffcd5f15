package dev.strata.cli;

import java.sql.DriverManager;

/**
 * Loads, on a background thread while picocli builds its command model on the main one, the classes that
 * nearly every command needs next: the migration script reader with its SHA-256 digest (whose first use
 * initialises the security providers), the revision graph, and the JDBC drivers (which {@link DriverManager}
 * finds and registers on first use). A cold JVM spends a good part of a short run loading classes; on two
 * cores this takes that work off the main thread's path. It does no I/O besides reading classes, and any
 * failure here is ignored: the main thread loads the same classes on its own when it gets to them.
 */
final class Preload {
    private static final String[] CLASSES = {
            "dev.strata.core.script.MigrationSet",
            "dev.strata.core.script.ScriptParser",
            "dev.strata.core.script.ScriptHeader",
            "dev.strata.core.script.Checksum",
            "dev.strata.core.script.MigrationScript",
            "dev.strata.core.graph.RevisionGraph",
            "dev.strata.core.graph.GraphBuilder",
            "dev.strata.core.graph.Planner",
            "dev.strata.runtime.config.Settings",
            "dev.strata.runtime.Database",
            "dev.strata.runtime.migrate.VersionStore",
    };

    private Preload() {
    }

    static void start() {
        Thread thread = new Thread(Preload::run, "strata-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        ClassLoader loader = Preload.class.getClassLoader();
        try {
            for (String name : CLASSES) {
                Class.forName(name, true, loader);
            }
            DriverManager.getDrivers();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // nothing lost: whoever needs a class loads it
        }
    }
}
