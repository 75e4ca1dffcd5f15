package dev.strata.runtime;

import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.DatabaseUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A database with a unique name, created for one job on the server of a given database and always dropped
 * when closed, or when the JVM exits before that (Ctrl-C, SIGTERM: a shutdown hook drops it; only a SIGKILL or a
 * crash of the JVM leaves it behind). Commands that need one (diff with a schema file, drift, test,
 * lint --verify) and the test suite use it; it never writes to the target database. For SQLite it is a temporary file.
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database server;
    private final Database database;
    private final String name;
    private final Thread dropAtExit;

    private ScratchDatabase(Database server, Database database, String name) {
        this.server = server;
        this.database = database;
        this.name = name;
        this.dropAtExit = new Thread(this::dropQuietly, "strata-drop-" + name);
        Runtime.getRuntime().addShutdownHook(dropAtExit);
    }

    /** Creates {@code strata_scratch_<purpose>_<random>} on {@code server}'s server. */
    public static ScratchDatabase create(Database server, String purpose) {
        String name = "strata_scratch_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + HexFormat.of().formatHex(randomBytes());
        if (name.length() > 63) {
            name = "strata_scratch_" + HexFormat.of().formatHex(randomBytes());
        }
        if (server.url().kind() == DatabaseKind.SQLITE) {
            try {
                Path file = Files.createTempFile(name, ".db");
                Files.delete(file);
                Database scratch = new Database(DatabaseUrl.parse("sqlite:" + file));
                return new ScratchDatabase(scratch, scratch, file.getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        server.dialect().createDatabase(server, name);
        return new ScratchDatabase(server, server.sibling(name), name);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public Database database() {
        return database;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        } catch (IllegalStateException shuttingDown) {
            return; // the hook drops it
        }
        server.dialect().dropDatabase(server, name);
    }

    /** At exit: whatever fails here has nowhere to be said (the process is going away). */
    private void dropQuietly() {
        try {
            server.dialect().dropDatabase(server, name);
        } catch (RuntimeException e) {
            // the server is gone, or so is the database
        }
    }
}
