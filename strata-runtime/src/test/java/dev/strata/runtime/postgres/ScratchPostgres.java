package dev.strata.runtime.postgres;

import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** A scratch database on the test PostgreSQL server with one open session; closing drops it. */
final class ScratchPostgres implements AutoCloseable {
    private final ScratchDatabase scratch;
    private final JdbcSession session;

    private ScratchPostgres(ScratchDatabase scratch) {
        this.scratch = scratch;
        JdbcSession opened;
        try {
            opened = scratch.database().open();
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
        this.session = opened;
    }

    static ScratchPostgres create(String purpose) {
        return new ScratchPostgres(ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), purpose));
    }

    JdbcSession session() {
        return session;
    }

    /** Runs SQL (several statements allowed). */
    ScratchPostgres run(String sql) {
        session.execute(sql);
        return this;
    }

    /** Runs a script from the test resources under {@code postgres/}. */
    ScratchPostgres runScript(String name) {
        return run(resource(name));
    }

    /** Every non-system schema, read by the dialect's inspector. */
    Schema inspect() {
        return scratch.database().dialect().inspector().inspect(session, Set.of());
    }

    Schema inspect(String... schemas) {
        return scratch.database().dialect().inspector().inspect(session, Set.of(schemas));
    }

    /** Whether the server can install the extension. */
    boolean extensionAvailable(String name) {
        return Boolean.TRUE.equals(session.queryOne("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = ?)",
                r -> r.getBoolean(1), name));
    }

    static Table table(Schema schema, String namespace, String name) {
        return namespace(schema, namespace).table(name)
                .orElseThrow(() -> new AssertionError("no table " + namespace + "." + name + " in " + schema));
    }

    static Namespace namespace(Schema schema, String name) {
        return schema.namespace(name).orElseThrow(() -> new AssertionError("no namespace " + name + " in " + schema));
    }

    static String resource(String name) {
        try (InputStream in = ScratchPostgres.class.getResourceAsStream("/postgres/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource postgres/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            scratch.close();
        }
    }
}
