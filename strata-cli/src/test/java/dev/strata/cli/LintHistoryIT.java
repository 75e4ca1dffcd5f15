package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code modified-after-apply}: lint compares the files with the checksums the configured database recorded, on
 * each database; without a database it says that the rule was not checked, never passing it silently.
 */
class LintHistoryIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path migrations() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("a1_customers.sql"), "-- strata:revision a1\n-- strata:revises base\n\n-- strata:upgrade\n"
                + "CREATE TABLE customers (id INTEGER NOT NULL, name VARCHAR(100), CONSTRAINT pk_customers PRIMARY KEY (id));\n\n"
                + "-- strata:downgrade\nDROP TABLE customers;\n");
        Files.writeString(dir.resolve("a2_email.sql"), "-- strata:revision a2\n-- strata:revises a1\n\n-- strata:upgrade\n"
                + "ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n\n-- strata:downgrade\nALTER TABLE customers DROP COLUMN email;\n");
        return dir;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anEditedAppliedFileIsAnError(DatabaseKind kind) throws Exception {
        Path dir = migrations();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "linthistory")) {
            Cli cli = new Cli(tmp).env("STRATA_URL", scratch.database().url().redacted());
            assertThat(cli.run("--dir", dir.toString(), "upgrade").code()).isZero();
            Cli.Result clean = cli.run("--dir", dir.toString(), "lint", "--format", "json");
            assertThat(clean.code()).as(clean.toString()).isZero();
            assertThat(JSON.readTree(clean.out()).get("findings")).isEmpty();
            assertThat(clean.err()).doesNotContain("modified-after-apply");

            Path edited = dir.resolve("a1_customers.sql");
            Files.writeString(edited, Files.readString(edited).replace("name VARCHAR(100)", "name VARCHAR(150)"));
            Cli.Result result = cli.run("--dir", dir.toString(), "lint", "--format", "json");
            assertThat(result.code()).as(result.toString()).isEqualTo(1);
            JsonNode findings = JSON.readTree(result.out()).get("findings");
            assertThat(findings).hasSize(1);
            JsonNode finding = findings.get(0);
            assertThat(finding.get("rule").asText()).isEqualTo("modified-after-apply");
            assertThat(finding.get("revision").asText()).isEqualTo("a1");
            assertThat(finding.get("line").asInt()).isEqualTo(1);
            assertThat(finding.get("message").asText()).startsWith("the file was edited after it was applied to "
                    + scratch.database().description() + ": its checksum is now ");
            assertThat(finding.get("fix").asText()).contains("strata repair");
        }
    }

    @Test
    void withoutADatabaseTheRuleSaysItWasNotChecked() throws Exception {
        Path dir = migrations();
        Cli.Result result = new Cli(tmp).run("--dir", dir.toString(), "lint");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("No findings in 2 migrations.\n");
        assertThat(result.err()).contains("note: modified-after-apply was not checked: no database was given");
        assertThat(Files.exists(tmp.resolve("strata.db"))).as("lint creates no database").isFalse();
        Cli.Result json = new Cli(tmp).run("--dir", dir.toString(), "lint", "--format", "json");
        assertThat(JSON.readTree(json.out()).get("notes").get(0).asText()).startsWith("modified-after-apply was not checked");
    }

    @Test
    void anUnreachableDatabaseIsANoteNotAFailure() throws Exception {
        Path dir = migrations();
        Cli.Result result = new Cli(tmp).run("--dir", dir.toString(), "--url", "postgresql://nobody:secret@127.0.0.1:1/x", "lint");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("note: modified-after-apply was not checked: cannot read the history of postgresql://nobody:***@127.0.0.1:1/x")
                .doesNotContain("secret");
    }
}
