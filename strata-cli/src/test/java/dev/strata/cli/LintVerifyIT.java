package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.runtime.testing.TestServers;
import dev.strata.runtime.config.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata lint --verify} as a user types it, on a real PostgreSQL server (each run makes and drops its own scratch database). */
class LintVerifyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("..", "strata-runtime", "src", "test", "resources", "lint", "postgres",
            "pg-alter-column-type-rewrite", "bad").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Cli cli() {
        return new Cli(tmp).env("STRATA_URL", TestServers.server(DatabaseKind.POSTGRES).url().redacted());
    }

    @Test
    void textJsonAndSarifCarryWhatWasObserved() throws Exception {
        Cli.Result text = cli().run("--dir", FIXTURE.toString(), "lint", "--verify");
        assertThat(text.code()).as(text.toString()).isEqualTo(1);
        assertThat(text.out()).containsPattern("error pg-alter-column-type-rewrite: .*\n      fix: .*\n      observed: AccessExclusiveLock on customers;"
                + " rewrite of customers \\(relfilenode changed\\);.* \\d+ ms\n");
        assertThat(text.out()).containsPattern("Verified 2 migrations \\(\\d+ statements\\) on a scratch database with 300 sample rows per table");

        JsonNode json = JSON.readTree(cli().run("--dir", FIXTURE.toString(), "lint", "--verify", "--format", "json").out());
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("pg-alter-column-type-rewrite");
        assertThat(finding.get("observed").asText()).contains("rewrite of customers (relfilenode changed)");
        assertThat(json.get("verified").size()).isGreaterThan(1);
        JsonNode last = json.get("verified").get(json.get("verified").size() - 1);
        assertThat(last.get("rewritten").get(0).asText()).isEqualTo("orders");
        assertThat(last.get("locks").toString()).contains("AccessExclusiveLock");

        JsonNode sarif = JSON.readTree(cli().run("--dir", FIXTURE.toString(), "lint", "--verify", "--format", "sarif").out());
        JsonNode result = sarif.get("runs").get(0).get("results").get(0);
        assertThat(result.get("properties").get("observed").asText()).contains("rewrite of customers");
        assertThat(result.get("message").get("text").asText()).contains(". Observed: AccessExclusiveLock on customers");
    }

    @Test
    void withoutVerifyNothingIsObservedAndNoDatabaseIsNeeded() {
        Cli.Result text = new Cli(tmp).run("--dir", FIXTURE.toString(), "--url", "postgresql://app@127.0.0.1:1/app", "lint");
        assertThat(text.code()).as(text.toString()).isEqualTo(1);
        assertThat(text.out()).doesNotContain("observed:").doesNotContain("Verified");
    }

    @Test
    void verifyOnAnotherDatabaseIsBadInput() {
        Cli.Result result = new Cli(tmp).run("--dir", FIXTURE.toString(), "--url", "sqlite:" + tmp.resolve("x.db"), "lint", "--verify");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("error: lint --verify observes locks through pg_locks, so it runs on PostgreSQL only;");
    }
}
