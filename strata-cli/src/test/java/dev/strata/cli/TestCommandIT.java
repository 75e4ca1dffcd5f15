package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata test} as a user types it, on the example projects of the runtime's test resources. */
class TestCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "strata-runtime", "src", "test", "resources", "testkit")
            .toAbsolutePath().normalize();
    private static final String DATA_TEST = "tests/3c0000000003";

    @TempDir
    Path tmp;

    private static Path config(String example) {
        return EXAMPLES.resolve(example).resolve("strata.toml");
    }

    private static Map<String, String> statuses(JsonNode document) {
        Map<String, String> statuses = new LinkedHashMap<>();
        document.get("checks").forEach(c -> statuses.put(c.get("name").asText(), c.get("status").asText()));
        return statuses;
    }

    private static JsonNode check(JsonNode document, String name) {
        for (JsonNode check : document.get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + document);
    }

    @Test
    void theGoodExamplePassesWithASummaryOfDurations() {
        Cli.Result result = new Cli(tmp).run("--config", config("good").toString(), "test");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out().lines().toList()).hasSize(9);
        assertThat(result.out()).containsPattern("PASS  single-head +\\d+ ms  one head: 3c0000000003")
                .containsPattern("PASS  upgrade +\\d+ ms  base to 3c0000000003: 3 migration\\(s\\) applied")
                .containsPattern("PASS  model-matches +\\d+ ms  at head 3c0000000003, the database matches the model")
                .containsPattern("PASS  up-down-consistency +\\d+ ms")
                .containsPattern("PASS  downgrade-leaves-no-trace +\\d+ ms")
                .containsPattern("SKIP  checksums +\\d+ ms  sqlite:.*strata.db does not exist yet")
                .containsPattern("PASS  lint +\\d+ ms  no error findings in 3 migration\\(s\\)")
                .containsPattern("PASS  tests/3c0000000003 +\\d+ ms  after revision 3c0000000003, 3 assertion\\(s\\)")
                .containsPattern("8 checks: 7 passed, 0 failed, 1 skipped in \\d+\\.\\d s");
        assertThat(result.err()).contains("data tests from " + EXAMPLES.resolve("good").resolve("tests")
                + " (tests/ beside the migrations directory)");
        assertThat(Files.exists(tmp.resolve("strata.db"))).as("the target database is never created").isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "two-heads, single-head, 4e0000000004 4f0000000005",
            "downgrade-leaves-column, downgrade-leaves-no-trace, 2b0000000002",
            "downgrade-fails, up-down-consistency, 2b0000000002",
            "data-loss, tests/3c0000000003, 3c0000000003",
            "model-differs, model-matches, 3c0000000003"})
    void eachBrokenExampleFailsExactlyItsCheckAndExitsOne(String example, String failing, String revision) throws Exception {
        Cli.Result result = new Cli(tmp).run("--config", config(example).toString(), "test", "--format", "json");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        JsonNode document = JSON.readTree(result.out());
        Map<String, String> expected = new LinkedHashMap<>();
        for (String name : new String[]{"single-head", "upgrade", "model-matches", "up-down-consistency",
                "downgrade-leaves-no-trace", "checksums", "lint", DATA_TEST}) {
            expected.put(name, name.equals("checksums") ? "skip" : "pass");
        }
        expected.put(failing, "fail");
        if (example.equals("downgrade-fails")) {
            expected.put("downgrade-leaves-no-trace", "skip"); // it cannot compare a revision that does not go down
        }
        boolean badDowngrade = example.startsWith("downgrade-");
        if (badDowngrade) {
            expected.put("lint", "fail"); // lint's static downgrade-not-inverse sees the bad downgrade too
        }
        assertThat(statuses(document)).as(result.out()).containsExactlyEntriesOf(expected);
        JsonNode failed = check(document, failing);
        assertThat(failed.get("revision").asText()).isEqualTo(revision);
        assertThat(failed.get("message").asText()).contains(revision.split(" ")[0]);
        assertThat(failed.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(check(document, "lint").get("message").asText()).startsWith(badDowngrade ? "1 error finding(s)" : "no error findings in")
                .contains(badDowngrade ? "downgrade-not-inverse" : "");
    }

    @Test
    void configuredHeadsMakeTwoHeadsPass() throws Exception {
        Cli.Result result = new Cli(tmp).run("--config", config("two-heads").toString(), "test", "--format", "json",
                "--heads", "4e00000000,4f0000000005");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(check(JSON.readTree(result.out()), "single-head").get("message").asText())
                .isEqualTo("the heads are the expected 4e0000000004, 4f0000000005");
    }

    @Test
    void checksumsReadTheTargetOnPostgresAndNeverWriteIt() throws Exception {
        Path project = copy(EXAMPLES.resolve("good"), tmp.resolve("project"));
        try (ScratchDatabase target = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "target")) {
            Cli cli = new Cli(project).env("STRATA_URL", target.database().url().redacted());
            assertThat(cli.run("upgrade", "2b0000000002").code()).isZero();
            long historyBefore = historyRows(target);

            JsonNode clean = JSON.readTree(cli.run("test", "--format", "json").out());
            assertThat(check(clean, "checksums").get("status").asText()).isEqualTo("pass");
            assertThat(check(clean, "checksums").get("message").asText()).startsWith("2 file(s) applied to postgresql://");

            Path applied = project.resolve("migrations").resolve("2b0000000002_add_customer_email.sql");
            Files.writeString(applied, Files.readString(applied).replace("-- strata:upgrade", "-- edited\n-- strata:upgrade"));
            Cli.Result edited = cli.run("test", "--format", "json");
            assertThat(edited.code()).as(edited.toString()).isEqualTo(1);
            JsonNode checksums = check(JSON.readTree(edited.out()), "checksums");
            assertThat(checksums.get("status").asText()).isEqualTo("fail");
            assertThat(checksums.get("revision").asText()).isEqualTo("2b0000000002");
            assertThat(checksums.get("message").asText()).startsWith("revision 2b0000000002 (2b0000000002_add_customer_email.sql) "
                    + "was edited after being applied to postgresql://");

            assertThat(historyRows(target)).as("the target is only read").isEqualTo(historyBefore);
            assertThat(new Cli(project).env("STRATA_URL", target.database().url().redacted()).run("current").out())
                    .startsWith("2b0000000002");
        }
    }

    @Test
    void aMissingDataTestRevisionFailsThatTestByName() throws Exception {
        Path project = copy(EXAMPLES.resolve("good"), tmp.resolve("project"));
        Files.createDirectories(project.resolve("tests").resolve("ffff00000000"));
        Files.writeString(project.resolve("tests").resolve("ffff00000000").resolve("after.sql"), "SELECT 1 = 1;");
        Cli.Result result = new Cli(project).run("test", "--format", "json");
        assertThat(result.code()).isEqualTo(1);
        JsonNode missing = check(JSON.readTree(result.out()), "tests/ffff00000000");
        assertThat(missing.get("status").asText()).isEqualTo("fail");
        assertThat(missing.get("message").asText()).startsWith("tests/ffff00000000 names no revision of ");
    }

    private static long historyRows(ScratchDatabase database) {
        try (JdbcSession session = database.database().open()) {
            return session.queryOne("SELECT COUNT(*) FROM strata_history", r -> r.getLong(1));
        }
    }

    private static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
