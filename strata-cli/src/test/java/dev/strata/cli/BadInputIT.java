package dev.strata.cli;

import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Inspect;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input of every kind: each gives one clear line on stderr, the contract's exit code, no stack
 * trace, no password, and leaves the database exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
    private static final String SECRET = "s3cret-Passw0rd";

    private Path tmp;
    private ScratchDatabase scratch;
    private String url;

    @BeforeAll
    void setUp() throws IOException {
        tmp = Files.createTempDirectory("strata-bad-input");
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "bad_input");
        url = scratch.database().url().redacted();
        Migrations good = new Migrations(tmp.resolve("good"));
        good.add("c0ffee000001", "base", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
        good.add("c0ffee000002", "c0ffee000001", "CREATE TABLE b (id INTEGER PRIMARY KEY);", "DROP TABLE b;");
        good.add("c0ffee000003", "c0ffee000002", "CREATE TABLE c (id INTEGER PRIMARY KEY);", "DROP TABLE c;");
        Cli.Result applied = new Cli(tmp).run("--url", url, "--dir", "good", "upgrade", "c0ffee000002");
        assertThat(applied.code()).as(applied.toString()).isZero();
    }

    @AfterAll
    void tearDown() {
        scratch.close();
    }

    private record Case(String name, int code, String expected, Consumer<Migrations> files, String... args) {
    }

    private static Consumer<Migrations> goodPlus(Consumer<Migrations> more) {
        return m -> {
            m.add("c0ffee000001", "base", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
            m.add("c0ffee000002", "c0ffee000001", "CREATE TABLE b (id INTEGER PRIMARY KEY);", "DROP TABLE b;");
            m.add("c0ffee000003", "c0ffee000002", "CREATE TABLE c (id INTEGER PRIMARY KEY);", "DROP TABLE c;");
            more.accept(m);
        };
    }

    private static final Consumer<Migrations> GOOD = goodPlus(m -> { });

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // usage
        cases.add(new Case("unknown command", 2, "frobnicate", GOOD, "frobnicate"));
        cases.add(new Case("unknown option", 2, "--frob", GOOD, "upgrade", "--frob"));
        cases.add(new Case("downgrade without target", 2, "TARGET", GOOD, "downgrade"));
        cases.add(new Case("revision without message", 2, "--message", GOOD, "revision"));
        cases.add(new Case("unknown format", 2, "xml", GOOD, "--format", "xml", "current"));
        cases.add(new Case("bad lock wait", 2, "--lock-wait must be a duration", GOOD, "--lock-wait", "banana", "upgrade"));
        cases.add(new Case("range without --sql", 2, "--sql", GOOD, "upgrade", "c0ffee000001:head"));
        // malformed migration files
        cases.add(new Case("missing revision header", 2, "revision", goodPlus(m -> m.writeRaw("x.sql",
                "-- strata:revises c0ffee000003\n-- strata:upgrade\nSELECT 1;\n-- strata:downgrade\nSELECT 1;\n")), "upgrade"));
        cases.add(new Case("missing revises header", 2, "revises", goodPlus(m -> m.writeRaw("x.sql",
                "-- strata:revision d00d00000001\n-- strata:upgrade\nSELECT 1;\n-- strata:downgrade\nSELECT 1;\n")), "upgrade"));
        cases.add(new Case("misspelt header field", 2, "revison", goodPlus(m -> m.writeRaw("x.sql",
                "-- strata:revison d00d00000001\n-- strata:revises base\n-- strata:upgrade\nSELECT 1;\n-- strata:downgrade\nSELECT 1;\n")), "upgrade"));
        cases.add(new Case("missing upgrade marker", 2, "upgrade", goodPlus(m -> m.writeRaw("x.sql",
                "-- strata:revision d00d00000001\n-- strata:revises c0ffee000003\nSELECT 1;\n")), "upgrade"));
        cases.add(new Case("missing downgrade section", 2, "downgrade", goodPlus(m -> m.writeRaw("x.sql",
                "-- strata:revision d00d00000001\n-- strata:revises c0ffee000003\n-- strata:upgrade\nSELECT 1;\n")), "upgrade"));
        cases.add(new Case("bad transactional value", 2, "transactional", goodPlus(m -> m.write("d00d00000001", "c0ffee000003",
                "-- strata:transactional maybe\n", "SELECT 1;", "SELECT 1;")), "upgrade"));
        cases.add(new Case("bad revision id", 2, "revision", goodPlus(m -> m.writeRaw("x.sql",
                "-- strata:revision bad/id\n-- strata:revises base\n-- strata:upgrade\nSELECT 1;\n-- strata:downgrade\nSELECT 1;\n")), "upgrade"));
        cases.add(new Case("duplicate revision", 2, "c0ffee000003", goodPlus(m -> m.writeRaw("copy.sql",
                "-- strata:revision c0ffee000003\n-- strata:revises c0ffee000002\n-- strata:upgrade\n-- strata:downgrade\n")), "upgrade"));
        cases.add(new Case("cycle", 2, "cycle", goodPlus(m -> {
            m.add("e00000000001", "e00000000002", "SELECT 1;", "SELECT 1;");
            m.add("e00000000002", "e00000000001", "SELECT 1;", "SELECT 1;");
        }), "upgrade"));
        cases.add(new Case("unknown parent", 2, "f00000000009", goodPlus(m -> m.add("d00d00000001", "f00000000009", "SELECT 1;", "SELECT 1;")), "upgrade"));
        cases.add(new Case("unknown dependency", 2, "f00000000008", goodPlus(m -> m.write("d00d00000001", "c0ffee000003",
                "-- strata:depends-on f00000000008\n", "SELECT 1;", "SELECT 1;")), "upgrade"));
        cases.add(new Case("unterminated dollar quote", 2, "d00d00000001", goodPlus(m -> m.add("d00d00000001", "c0ffee000003",
                "DO $body$ BEGIN PERFORM 1; END;", "SELECT 1;")), "upgrade"));
        cases.add(new Case("unterminated string", 2, "d00d00000001", goodPlus(m -> m.add("d00d00000001", "c0ffee000003",
                "INSERT INTO a VALUES ('oops);", "SELECT 1;")), "upgrade"));
        cases.add(new Case("file that is not UTF-8", 2, "bad.sql", goodPlus(m -> {
            try {
                Files.write(m.dir().resolve("bad.sql"), new byte[]{'-', '-', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), "upgrade"));
        cases.add(new Case("edited after apply", 2, "edited", m -> {
            m.add("c0ffee000001", "base", "CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER);", "DROP TABLE a;");
            m.add("c0ffee000002", "c0ffee000001", "CREATE TABLE b (id INTEGER PRIMARY KEY);", "DROP TABLE b;");
            m.add("c0ffee000003", "c0ffee000002", "CREATE TABLE c (id INTEGER PRIMARY KEY);", "DROP TABLE c;");
        }, "upgrade"));
        cases.add(new Case("irreversible downgrade", 2, "irreversible", m -> {
            m.add("c0ffee000001", "base", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
            m.add("c0ffee000002", "c0ffee000001", "CREATE TABLE b (id INTEGER PRIMARY KEY);", "DROP TABLE b;");
            m.writeRaw("c0ffee000003_m.sql", "-- strata:revision c0ffee000003\n-- strata:revises c0ffee000002\n\n"
                    + "-- strata:upgrade\nCREATE TABLE c (id INTEGER PRIMARY KEY);\n\n-- strata:downgrade irreversible\n");
        }, "downgrade", "--sql", "c0ffee000003:base"));
        cases.add(new Case("no migrations directory", 2, "does-not-exist", m -> { }, "--dir", "does-not-exist", "upgrade"));
        // targets
        cases.add(new Case("unknown target", 2, "9999", GOOD, "upgrade", "99999999"));
        cases.add(new Case("ambiguous prefix", 2, "c0ffee000001", GOOD, "upgrade", "c0ffee"));
        cases.add(new Case("prefix too short", 2, "c0f", GOOD, "upgrade", "c0f"));
        cases.add(new Case("several heads", 2, "heads", goodPlus(m -> m.add("d00d00000001", "c0ffee000002", "SELECT 1;", "SELECT 1;")), "upgrade"));
        cases.add(new Case("downgrade to unapplied", 2, "c0ffee000003", GOOD, "downgrade", "c0ffee000003"));
        cases.add(new Case("downgrade too far", 2, "-5", GOOD, "downgrade", "-5"));
        cases.add(new Case("stamp unknown", 2, "abcdef999999", GOOD, "stamp", "abcdef999999"));
        cases.add(new Case("show unknown", 2, "zzzz", GOOD, "show", "zzzz"));
        cases.add(new Case("merge of one", 2, "two or more", GOOD, "merge", "c0ffee000003", "-m", "x"));
        // configuration and connection
        cases.add(new Case("unknown URL scheme", 2, "oracle", GOOD, "--url", "oracle://db/x", "current"));
        cases.add(new Case("non-numeric port", 2, "port", GOOD, "--url", "postgresql://postgres:" + SECRET + "@127.0.0.1:notaport/x", "current"));
        cases.add(new Case("missing config file", 2, "nope.toml", GOOD, "--config", "nope.toml", "current"));
        cases.add(new Case("unknown environment", 2, "nope", GOOD, "--env", "nope", "current"));
        cases.add(new Case("unreachable server", 3, "127.0.0.1:1", GOOD, "--url", "postgresql://postgres:" + SECRET + "@127.0.0.1:1/x", "current"));
        cases.add(new Case("unknown host", 3, "host", GOOD, "--url", "postgresql://postgres@no-such-host.invalid:5432/x", "current"));
        cases.add(new Case("database does not exist", 3, "strata_no_such_db", GOOD, "--url", "postgresql://postgres@127.0.0.1:5432/strata_no_such_db", "current"));
        cases.add(new Case("wrong password", 3, "denied", GOOD, "--url", "mariadb://root:" + SECRET + "@127.0.0.1:3306/mysql", "current"));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputGivesOneClearLine() {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws IOException {
        Path project = Files.createTempDirectory(tmp, "case");
        Migrations files = new Migrations(project.resolve("migrations"));
        c.files().accept(files);
        Files.writeString(project.resolve("strata.toml"), "[database]\nurl = \"" + url + "\"\n");
        Snapshot before = snapshot();
        Cli.Result result = new Cli(project).run(c.args());
        assertThat(result.code()).as(result.toString()).isEqualTo(c.code());
        assertThat(result.errLines()).as(result.toString()).hasSize(1);
        String line = result.errLines().get(0);
        assertThat(line).as(result.toString()).startsWith("error: ").containsIgnoringCase(c.expected());
        assertThat(result.err() + result.out()).as(result.toString())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(SECRET);
        assertThat(snapshot()).as("the database is unchanged").isEqualTo(before);
    }

    private record Snapshot(List<String> tables, List<String> versions, long historyRows) {
    }

    private Snapshot snapshot() {
        Database db = scratch.database();
        try (JdbcSession s = db.open()) {
            return new Snapshot(Inspect.tables(s, "postgresql"),
                    s.query("SELECT revision FROM strata_version ORDER BY 1", r -> r.getString(1)),
                    Inspect.count(s, "strata_history"));
        }
    }
}
