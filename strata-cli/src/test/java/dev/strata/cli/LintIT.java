package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata lint} as a user types it: formats, exit codes, configuration, ranges, dialects. No database is opened. */
class LintIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("..", "examples", "shop", "migrations").toAbsolutePath().normalize();
    private static final Path FIXTURES = Path.of("..", "strata-runtime", "src", "test", "resources", "lint").toAbsolutePath().normalize();
    private static final String PG = "postgresql://app@127.0.0.1:5432/app";
    /** The example shop with its two reasoned allowances removed: its index builds on orders trip pg-create-index-nonconcurrent. */
    private static final Path UNSAFE = withoutAllowances(EXAMPLE);

    private static Path withoutAllowances(Path dir) {
        try {
            Path copy = Files.createTempDirectory("strata-lint-unsafe-shop");
            copy.toFile().deleteOnExit(); // registered first, deleted last
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(file.getFileName());
                    Files.writeString(target, Files.readString(file).replaceAll("(?m)^-- strata:allow .*\n", ""));
                    target.toFile().deleteOnExit();
                }
            }
            return copy;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path tmp;

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.get("rule").asText()));
        return rules;
    }

    @Test
    void theExampleShopLintsCleanOnTheEmbeddedSqliteDefault() {
        Cli.Result result = new Cli(tmp).run("--dir", EXAMPLE.toString(), "lint");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("No findings in 7 migrations.\n");
        assertThat(Files.exists(tmp.resolve("strata.db"))).as("lint opens no database").isFalse();
    }

    @Test
    void onPostgresTheExampleWithoutItsAllowancesBlocksWritesAndLintExitsOne() {
        Cli.Result result = new Cli(tmp).run("--dir", UNSAFE.toString(), "--url", PG, "lint");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        String file = UNSAFE.resolve("6f3d0e1c8b29_index_order_foreign_keys.sql").toString(); // outside the working directory: absolute
        assertThat(result.out()).contains("6f3d0e1c8b29 index the foreign keys of orders (" + file + ")\n"
                        + "  " + file + ":10: error pg-create-index-nonconcurrent: CREATE INDEX ix_orders_customer_id on orders,")
                .contains("      fix: CREATE INDEX CONCURRENTLY ix_orders_customer_id ON orders (customer_id) (this migration already runs outside a transaction)\n")
                .contains("info timestamp-without-time-zone: column customers.created_at is timestamp (without time zone)")
                .endsWith("2 errors, 0 warnings, 2 info in 7 migrations.\n");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Cli.Result result = new Cli(tmp).run("--dir", UNSAFE.toString(), "--url", PG, "lint", "--format", "json");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        JsonNode findings = JSON.readTree(result.out()).get("findings");
        assertThat(rules(findings)).containsExactly("timestamp-without-time-zone", "timestamp-without-time-zone",
                "pg-create-index-nonconcurrent", "pg-create-index-nonconcurrent");
        JsonNode first = findings.get(2);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("rule", "severity", "revision", "file", "line", "message", "fix");
        assertThat(first.get("rule").asText()).isEqualTo("pg-create-index-nonconcurrent");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("revision").asText()).isEqualTo("6f3d0e1c8b29");
        assertThat(first.get("line").asInt()).isEqualTo(10);
        assertThat(first.get("file").asText()).endsWith("6f3d0e1c8b29_index_order_foreign_keys.sql");
    }

    @Test
    void sarifIsAValid210Log() throws Exception {
        Cli.Result result = new Cli(tmp).run("--dir", UNSAFE.toString(), "--url", PG, "lint", "--format", "sarif");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        JsonNode log = JSON.readTree(result.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("strata");
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode result0 = run.get("results").get(2); // after the two timestamp-without-time-zone infos of earlier migrations
        assertThat(result0.get("ruleId").asText()).isEqualTo("pg-create-index-nonconcurrent");
        assertThat(result0.get("level").asText()).isEqualTo("error");
        assertThat(rules.get(result0.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("pg-create-index-nonconcurrent");
        JsonNode location = result0.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).endsWith("6f3d0e1c8b29_index_order_foreign_keys.sql");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(10);
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).contains("pg-set-not-null-scan", "drop-column").doesNotContain("my-inline-references");
    }

    @Test
    void severitiesAndPostgresVersionComeFromTheConfig() throws Exception {
        Files.writeString(tmp.resolve("strata.toml"), "[database]\nurl = \"" + PG + "\"\n[migrations]\ndir = \"" + UNSAFE.toString().replace("\\", "/")
                + "\"\n[lint.rules]\npg-create-index-nonconcurrent = \"warning\"\n");
        Cli.Result warned = new Cli(tmp).run("lint", "--format", "json");
        assertThat(warned.code()).as(warned.toString()).isZero();
        JsonNode findings = JSON.readTree(warned.out()).get("findings");
        assertThat(rules(findings)).containsExactly("timestamp-without-time-zone", "timestamp-without-time-zone",
                "pg-create-index-nonconcurrent", "pg-create-index-nonconcurrent");
        assertThat(findings.get(2).get("severity").asText()).isEqualTo("warning");

        Files.writeString(tmp.resolve("strata.toml"), "[database]\nurl = \"" + PG + "\"\n[migrations]\ndir = \"" + UNSAFE.toString().replace("\\", "/")
                + "\"\n[lint]\npostgres-version = 10\n[lint.rules]\npg-create-index-nonconcurrent = \"off\"\n");
        Cli.Result old = new Cli(tmp).run("lint", "--format", "json");
        assertThat(old.code()).as(old.toString()).isEqualTo(1);
        // before PostgreSQL 11 any DEFAULT on ADD COLUMN rewrites the table
        assertThat(rules(JSON.readTree(old.out()).get("findings"))).containsExactly("timestamp-without-time-zone",
                "timestamp-without-time-zone", "pg-add-column-volatile-default");
    }

    @Test
    void anUnknownRuleInTheConfigIsBadInput() throws Exception {
        Files.writeString(tmp.resolve("strata.toml"), "[lint.rules]\npg-no-such-rule = \"off\"\n");
        Cli.Result result = new Cli(tmp).run("--dir", EXAMPLE.toString(), "lint");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("error: [lint.rules] names no known rule: pg-no-such-rule")
                .endsWith("`strata lint --list-rules` lists the rule ids");
        Cli.Result list = new Cli(tmp).run("lint", "--list-rules");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains("pg-set-not-null-scan", "my-inline-references", "my-copy-algorithm", "modified-after-apply")
                .doesNotContain("(not checked yet)"); // every rule of the catalogue is checked
    }

    @Test
    void aRangeJudgesOnlyItsMigrationsButReplaysTheEarlierOnes() throws Exception {
        Path dir = FIXTURES.resolve("postgres/pg-set-not-null-scan/safe");
        Cli.Result all = new Cli(tmp).run("--dir", dir.toString(), "--url", PG, "lint");
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(all.out()).isEqualTo("No findings in 4 migrations.\n");
        // judged alone, the SET NOT NULL still sees the CHECK validated by the migrations before it
        Cli.Result last = new Cli(tmp).run("--dir", dir.toString(), "--url", PG, "lint", "r0004:");
        assertThat(last.code()).as(last.toString()).isZero();
        assertThat(last.out()).isEqualTo("No findings in 1 migration.\n");
        Cli.Result bad = new Cli(tmp).run("--dir", FIXTURES.resolve("postgres/pg-set-not-null-scan/bad").toString(), "--url", PG,
                "lint", "r0001:", "--format", "json");
        assertThat(rules(JSON.readTree(bad.out()).get("findings"))).containsExactly("pg-set-not-null-scan");
    }

    @Test
    void mariadbJudgesWithItsOwnRules() throws Exception {
        Path dir = FIXTURES.resolve("mariadb/my-inline-references/bad");
        Cli.Result result = new Cli(tmp).run("--dir", dir.toString(), "--url", "mariadb://root@127.0.0.1:3306/app", "lint", "--format", "json");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(rules(JSON.readTree(result.out()).get("findings"))).containsExactly("my-inline-references");
        Cli.Result onPostgres = new Cli(tmp).run("--dir", dir.toString(), "--url", PG, "lint", "--format", "json");
        assertThat(rules(JSON.readTree(onPostgres.out()).get("findings"))).doesNotContain("my-inline-references");
    }
}
