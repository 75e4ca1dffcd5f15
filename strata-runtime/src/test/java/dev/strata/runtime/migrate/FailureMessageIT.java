package dev.strata.runtime.migrate;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failed statement's message keeps what the user needs to mend the data, on one line. */
class FailureMessageIT {
    @TempDir
    Path tmp;

    @Test
    void postgresDetailNamesTheDuplicatedKey() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bbbb00000001", "base",
                "CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (1);", "DROP TABLE t;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "detail")) {
            Migrator migrator = new Migrator(scratch.database(), MigrationSet.load(m.dir()), null,
                    ExecutionSettings.DEFAULTS, MigrationListener.NONE);
            assertThatThrownBy(() -> migrator.upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("duplicate key value violates unique constraint")
                    .hasMessageContaining("(Key (id)=(1) already exists.)")
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
