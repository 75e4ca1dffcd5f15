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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as a user types them, on the example shop and on projects made with init/revision/merge. */
class CommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("..", "examples", "shop", "migrations").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        return JSON.readTree(ok(result).out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.isObject() ? n.get("revision").asText() : n.asText()));
        return values;
    }

    @Test
    void theExampleShopAppliesOnTheEmbeddedDefault() throws Exception {
        Cli cli = new Cli(tmp);
        Cli.Result up = ok(cli.run("--dir", EXAMPLE.toString(), "upgrade"));
        assertThat(up.err()).contains("embedded default database sqlite:" + tmp.resolve("strata.db"));
        assertThat(up.out()).contains("7 migrations").contains("+ 1f0a5c3e9b21").contains("+ 5e2c9d0b7a18")
                .contains("Now at 7a4e1f2d9c3a (head)");
        assertThat(Files.exists(tmp.resolve("strata.db"))).isTrue();
        assertThat(ok(cli.run("--dir", EXAMPLE.toString(), "upgrade")).out()).startsWith("Nothing to do");
        assertThat(ok(cli.run("--dir", EXAMPLE.toString(), "current")).out()).startsWith("7a4e1f2d9c3a (head)");

        JsonNode history = json(cli.run("--dir", EXAMPLE.toString(), "history", "--format", "json"));
        assertThat(history.get("revisions")).hasSize(7);
        assertThat(history.get("revisions").get(0).get("revision").asText()).isEqualTo("7a4e1f2d9c3a");
        assertThat(history.get("revisions").get(0).get("is_head").asBoolean()).isTrue();
        assertThat(history.get("revisions").get(0).get("is_current").asBoolean()).isTrue();

        JsonNode down = json(cli.run("--dir", EXAMPLE.toString(), "--format", "json", "downgrade", "-2"));
        assertThat(texts(down.get("applied"))).containsExactly("7a4e1f2d9c3a", "6f3d0e1c8b29");
        assertThat(down.get("applied").get(0).get("direction").asText()).isEqualTo("downgrade");
        assertThat(down.get("applied").get(0).has("duration_ms")).isTrue();
        assertThat(texts(down.get("current"))).containsExactly("5e2c9d0b7a18");

        JsonNode unmerged = json(cli.run("--dir", EXAMPLE.toString(), "downgrade", "-1", "--format", "json"));
        assertThat(texts(unmerged.get("current"))).containsExactlyInAnyOrder("3c9e2f7b1d45", "4d1b8a6e3f07");
        assertThat(ok(cli.run("--dir", EXAMPLE.toString(), "branches")).out()).contains("2b7d4e1a0c93").contains("-> 3c9e2f7b1d45");
        ok(cli.run("--dir", EXAMPLE.toString(), "downgrade", "base"));
        assertThat(texts(json(cli.run("--dir", EXAMPLE.toString(), "current", "--format", "json")).get("current"))).isEmpty();
    }

    @Test
    void theExampleShopAlsoRunsOnPostgres() {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "example")) {
            Cli cli = new Cli(tmp).env("STRATA_URL", scratch.database().url().redacted());
            ok(cli.run("--dir", EXAMPLE.toString(), "upgrade"));
            assertThat(ok(cli.run("--dir", EXAMPLE.toString(), "current")).out()).startsWith("7a4e1f2d9c3a");
            ok(cli.run("--dir", EXAMPLE.toString(), "downgrade", "base"));
        }
    }

    @Test
    void offlineSqlForTheExampleTouchesNothing() {
        Cli.Result sql = ok(new Cli(tmp).run("upgrade", "--sql", "--dir", EXAMPLE.toString()));
        assertThat(sql.out()).contains("CREATE TABLE customers").contains("CREATE INDEX ix_orders_customer_id")
                .contains("INSERT INTO \"strata_history\"").contains("BEGIN;").contains("COMMIT;");
        assertThat(Files.exists(tmp.resolve("strata.db"))).as("no database file was created").isFalse();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void initRevisionMergeStampShow(DatabaseKind kind) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "commands")) {
            Cli cli = new Cli(tmp).env("STRATA_URL", scratch.database().url().redacted());
            assertThat(ok(cli.run("init")).out()).contains("strata.toml");
            Path dir = tmp.resolve("migrations");
            String first = json(cli.run("revision", "-m", "first one", "--rev-id", "aaaa11112222", "--format", "json"))
                    .get("revision").asText();
            assertThat(first).isEqualTo("aaaa11112222");
            Path file = dir.resolve("aaaa11112222_first_one.sql");
            assertThat(Files.readString(file)).contains("-- strata:revision aaaa11112222").contains("-- strata:revises base");
            Files.writeString(file, Files.readString(file).replace("-- strata:upgrade\n", "-- strata:upgrade\nCREATE TABLE one (id INTEGER);\n")
                    .replace("-- strata:downgrade\n", "-- strata:downgrade\nDROP TABLE one;\n"));
            String second = json(cli.run("revision", "-m", "second", "--format", "json")).get("revision").asText();
            assertThat(second).matches("[0-9a-f]{12}");
            String branch = json(cli.run("revision", "-m", "side", "--head", first, "--splice", "--branch-label", "side",
                    "--format", "json")).get("revision").asText();
            assertThat(new Cli(tmp).env("STRATA_URL", scratch.database().url().redacted()).run("revision", "-m", "x").code()).isEqualTo(2);
            assertThat(texts(json(cli.run("heads", "--format", "json")).get("heads"))).containsExactlyInAnyOrder(second, branch);
            String merge = json(cli.run("merge", "heads", "-m", "join", "--format", "json")).get("revision").asText();
            assertThat(texts(json(cli.run("heads", "--format", "json")).get("heads"))).containsExactly(merge);

            JsonNode up = json(cli.run("upgrade", "--format", "json"));
            assertThat(texts(up.get("applied"))).hasSize(4).startsWith(first).endsWith(merge);
            JsonNode show = json(cli.run("show", first.substring(0, 6), "--format", "json"));
            assertThat(show.get("applied").asBoolean()).isTrue();
            assertThat(show.get("checksum").asText()).hasSize(64);
            assertThat(show.get("last_run").asText()).startsWith("upgrade success");

            assertThat(texts(json(cli.run("stamp", "side", "--format", "json")).get("current"))).containsExactly(branch);
            assertThat(ok(cli.run("current")).out()).contains(branch).contains("(side)");
            assertThat(texts(json(cli.run("history", "-r", first + ":current", "--format", "json")).get("revisions")))
                    .containsExactly(branch, first);
        }
    }
}
