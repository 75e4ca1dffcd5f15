package dev.strata.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.strata.core.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrataConfigTest {
    @TempDir
    Path dir;

    private Path write(String name, String toml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, toml);
        return file;
    }

    private StrataConfig load(String toml) throws IOException {
        return StrataConfig.load(write("strata.toml", toml));
    }

    private ConfigException failure(String toml) throws IOException {
        Path file = write("strata.toml", toml);
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> StrataConfig.load(file));
        assertThat(error).as("expected a ConfigException for:%n%s", toml).isNotNull();
        return error;
    }

    @Test
    void readsEverySection() throws IOException {
        StrataConfig config = load("""
                [database]
                url = "postgresql://app@localhost:5432/app"   # a password is better in STRATA_PASSWORD
                schema = "public"

                [migrations]
                dir = "db/migrations"

                [model]
                schema-files = ["db/schema.sql", "/abs/extra.sql"]
                jpa-packages = ["com.example.domain", "com.example.billing"]
                classpath = ["target/classes", "lib/dep.jar"]
                physical-naming-strategy = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"
                implicit-naming-strategy = "jpa"

                [execution]
                lock-timeout = "5s"
                lock-retries = 3
                statement-timeout = "1m"

                [lint]
                postgres-version = 15
                [lint.rules]
                pg-json-column = "off"
                rename-column = "Warning"

                [environments.staging]
                url = "postgresql://deploy@staging-db:5432/app"
                schema = "strata"
                dir = "staging-migrations"

                [environments.local]
                url = "sqlite:local.db"
                """);

        assertThat(config.file()).isEqualTo(dir.resolve("strata.toml"));
        assertThat(config.baseDir()).isEqualTo(dir);
        assertThat(config.url()).isEqualTo(DatabaseUrl.parse("postgresql://app@localhost:5432/app"));
        assertThat(config.schema()).isEqualTo("public");
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(config.model()).isEqualTo(new ModelConfig(
                List.of(dir.resolve("db/schema.sql"), Path.of("/abs/extra.sql")),
                List.of("com.example.domain", "com.example.billing"),
                List.of(dir.resolve("target/classes"), dir.resolve("lib/dep.jar")),
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", "jpa"));
        assertThat(config.model().isConfigured()).isTrue();
        assertThat(config.execution()).isEqualTo(new ExecutionConfig(Duration.ofSeconds(5), 3, Duration.ofMinutes(1)));
        assertThat(config.lint().postgresVersion()).isEqualTo(15);
        assertThat(config.lint().rules()).containsExactly(entry("pg-json-column", "off"), entry("rename-column", "warning"));
        assertThat(config.environments()).containsOnlyKeys("staging", "local");
        assertThat(config.environment("staging")).isEqualTo(new EnvironmentConfig("staging",
                DatabaseUrl.parse("postgresql://deploy@staging-db:5432/app"), "strata", dir.resolve("staging-migrations")));
        assertThat(config.environment("local").url().sqlitePath()).isEqualTo(dir.resolve("local.db"));
        assertThat(config.environment("local").schema()).isNull();
        assertThat(config.environment("local").migrationsDir()).isNull();
    }

    @Test
    void emptyFileAndEmptyConfigUseDefaults() throws IOException {
        StrataConfig config = load("# nothing yet\n");
        StrataConfig empty = StrataConfig.empty();

        for (StrataConfig c : List.of(config, empty)) {
            assertThat(c.url()).isNull();
            assertThat(c.schema()).isNull();
            assertThat(c.migrationsDir()).isNull();
            assertThat(c.model()).isEqualTo(ModelConfig.NONE);
            assertThat(c.model().isConfigured()).isFalse();
            assertThat(c.execution()).isEqualTo(new ExecutionConfig(Duration.ofSeconds(2), 10, Duration.ZERO));
            assertThat(c.lint()).isEqualTo(new LintConfig(null, java.util.Map.of()));
            assertThat(c.environments()).isEmpty();
        }
        assertThat(empty.file()).isNull();
        assertThat(empty.baseDir()).isNull();
    }

    @Test
    void longTransactionKeysSetTheCheckBeforeStrongLocksAndDefaultTo30sWithoutWaiting() throws IOException {
        ExecutionConfig set = load("[execution]\nlong-transaction = \"45s\"\nlong-transaction-wait = \"2m\"\n").execution();
        assertThat(set.longTransaction()).isEqualTo(Duration.ofSeconds(45));
        assertThat(set.longTransactionWait()).isEqualTo(Duration.ofMinutes(2));
        assertThat(set.lockTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(load("[execution]\nlong-transaction = \"0\"\n").execution().longTransaction()).isZero();
        ExecutionConfig defaults = load("[execution]\nlock-retries = 3\n").execution();
        assertThat(defaults.longTransaction()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.longTransactionWait()).isZero();
        assertThat(failure("[execution]\nlong-transaction = \"soon\"\n").getMessage()).isEqualTo(
                "strata.toml:2: [execution] long-transaction must be a duration such as \"500ms\", \"2s\", \"1m\" or \"0\"");
    }

    @Test
    void relativePathsAreRelativeToTheFilesOwnDirectory() throws IOException {
        Path file = write("config/strata.toml", """
                [database]
                url = "sqlite:../data/app.db"
                [migrations]
                dir = "../db/migrations"
                [model]
                schema-files = ["schema.sql"]
                """);

        StrataConfig config = StrataConfig.load(file);

        assertThat(config.url().sqlitePath()).isEqualTo(dir.resolve("data/app.db"));
        assertThat(config.url().jdbcUrl()).isEqualTo("jdbc:sqlite:" + dir.resolve("data/app.db"));
        assertThat(config.migrationsDir()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(config.model().schemaFiles()).containsExactly(dir.resolve("config/schema.sql"));
    }

    @ParameterizedTest
    @CsvSource({"\"2s\", PT2S", "\"500ms\", PT0.5S", "\"1m\", PT1M", "\"1h\", PT1H", "\"0\", PT0S", "0, PT0S",
            "\"0ms\", PT0S", "\" 3s \", PT3S"})
    void durations(String toml, Duration expected) throws IOException {
        StrataConfig config = load("[execution]\nlock-timeout = " + toml + "\nstatement-timeout = " + toml + "\n");

        assertThat(config.execution().lockTimeout()).isEqualTo(expected);
        assertThat(config.execution().statementTimeout()).isEqualTo(expected);
        assertThat(config.execution().hasLockTimeout()).isEqualTo(!expected.isZero());
    }

    @ParameterizedTest
    @CsvSource({"\"2 seconds\"", "\"2\"", "2", "\"-1s\"", "\"1.5s\"", "\"s\"", "\"\"", "\"2d\""})
    void badDurationsNameTheKey(String toml) throws IOException {
        assertThat(failure("[execution]\n\nlock-timeout = " + toml + "\n").getMessage()).isEqualTo(
                "strata.toml:3: [execution] lock-timeout must be a duration such as \"500ms\", \"2s\", \"1m\" or \"0\"");
    }

    @Test
    void syntaxErrorsGiveTheLine() throws IOException {
        assertThat(failure("[database]\nurl = \"x\"\n\nschema = = 3\n").getMessage())
                .isEqualTo("strata.toml:4: Unknown token");
        assertThat(failure("[database]\n\nurl = \"unterminated\n").getMessage())
                .isEqualTo("strata.toml:3: Newline not permitted here");
        assertThat(failure("[database\n").getMessage()).startsWith("strata.toml:1: ");
        assertThat(failure("[lint]\npostgres-version = 015\n").getMessage()).startsWith("strata.toml:2: ");
    }

    @Test
    void syntaxErrorsDoNotEchoPasswords() throws IOException {
        ConfigException error = failure("[database]\nurl = \"postgresql://app:hunter2@h/db\n");

        assertThat(error.oneLine()).isEqualTo("strata.toml:2: Newline not permitted here");
    }

    @Test
    void duplicateKeysGiveTheLineOfTheDuplicate() throws IOException {
        assertThat(failure("[database]\nurl = \"a\"\nurl = \"b\"\n").getMessage())
                .isEqualTo("strata.toml:3: Duplicate key");
        assertThat(failure("[database]\nurl = \"a\"\nurl = \"b\" # again\n\n  # note\n\n[migrations]\n").getMessage())
                .isEqualTo("strata.toml:3: Duplicate key");
        assertThat(failure("[database]\nurl = \"a\"\nurl = \"b\"").getMessage())
                .isEqualTo("strata.toml:3: Duplicate key");
    }

    @Test
    void unknownSectionsAndKeysAreErrorsNamingTheKnownOnes() throws IOException {
        ConfigException section = failure("# config\n[datbase]\nurl = \"sqlite:a.db\"\n");
        assertThat(section.getMessage()).isEqualTo("strata.toml:2: unknown section [datbase]");
        assertThat(section.hint()).isEqualTo("known sections: [database], [migrations], [model], [execution], [lint],"
                + " [lint.rules], [environments.NAME]");

        ConfigException key = failure("[database]\nurl = \"sqlite:a.db\"\nshema = \"public\"\n");
        assertThat(key.oneLine()).isEqualTo(
                "strata.toml:3: unknown key 'shema' in [database]: known keys in [database]: url, schema");

        assertThat(failure("url = \"sqlite:a.db\"\n").getMessage())
                .isEqualTo("strata.toml:1: unknown key 'url' at the top level");
        assertThat(failure("\ndatabase.ulr = \"x\"\n").getMessage())
                .isEqualTo("strata.toml:2: unknown key 'ulr' in [database]");
        assertThat(failure("database = { url = \"sqlite:a.db\", ulr = 1 }\n").getMessage())
                .isEqualTo("strata.toml:1: unknown key 'ulr' in [database]");
        assertThat(failure("[execution]\nlock_timeout = \"2s\"\n").oneLine()).isEqualTo("strata.toml:2: unknown key"
                + " 'lock_timeout' in [execution]: known keys in [execution]: lock-timeout, lock-retries, statement-timeout, long-transaction,"
                + " long-transaction-wait");
        assertThat(failure("[model]\nschema-file = []\n").getMessage())
                .isEqualTo("strata.toml:2: unknown key 'schema-file' in [model]");
        assertThat(failure("[lint]\n[lint.rule]\nx = \"off\"\n").getMessage())
                .isEqualTo("strata.toml:2: unknown key 'rule' in [lint]");
        assertThat(failure("[migrations]\ndirectory = \"m\"\n").getMessage())
                .isEqualTo("strata.toml:2: unknown key 'directory' in [migrations]");
        assertThat(failure("[environments.prod]\nurl = \"sqlite:a.db\"\n\"sche ma\" = \"x\"\n").oneLine())
                .isEqualTo("strata.toml:3: unknown key 'sche ma' in [environments.prod]:"
                        + " known keys in [environments.prod]: url, schema, dir");
    }

    @Test
    void wrongTypesNameTheKey() throws IOException {
        assertThat(failure("[execution]\nlock-retries = \"10\"\n").getMessage())
                .isEqualTo("strata.toml:2: [execution] lock-retries must be an integer, not a string");
        assertThat(failure("[execution]\nlock-retries = 1.5\n").getMessage())
                .isEqualTo("strata.toml:2: [execution] lock-retries must be an integer, not a decimal number");
        assertThat(failure("[execution]\nlock-retries = -1\n").getMessage())
                .isEqualTo("strata.toml:2: [execution] lock-retries must not be negative");
        assertThat(failure("[database]\nurl = 5\n").getMessage())
                .isEqualTo("strata.toml:2: [database] url must be a string, not an integer");
        assertThat(failure("[model]\nschema-files = \"db/schema.sql\"\n").getMessage())
                .isEqualTo("strata.toml:2: [model] schema-files must be a list of strings, not a string");
        assertThat(failure("[model]\njpa-packages = [\"a\", 1]\n").getMessage())
                .isEqualTo("strata.toml:2: [model] jpa-packages must be a list of strings, not a list holding an integer");
        assertThat(failure("[lint]\nrules = \"off\"\n").getMessage())
                .isEqualTo("strata.toml:2: [lint] rules must be a table, not a string");
        assertThat(failure("[lint]\npostgres-version = \"15\"\n").getMessage())
                .isEqualTo("strata.toml:2: [lint] postgres-version must be an integer, not a string");
        assertThat(failure("database = true\n").getMessage())
                .isEqualTo("strata.toml:1: database must be a table, not a boolean");
        assertThat(failure("[migrations]\ndir = \"\"\n").getMessage())
                .isEqualTo("strata.toml:2: [migrations] dir must not be empty");
        assertThat(failure("[database]\nschema = \" \"\n").getMessage())
                .isEqualTo("strata.toml:2: [database] schema must not be empty");
    }

    @Test
    void lintSeveritiesAreChecked() throws IOException {
        ConfigException error = failure("[lint.rules]\npg-json-column = \"off\"\nrename-table = \"fatal\"\n");

        assertThat(error.oneLine()).isEqualTo("strata.toml:3: [lint.rules] rename-table has unknown severity 'fatal':"
                + " use one of error, warning, info, off");
        assertThat(failure("[lint.rules]\nrename-table = 1\n").getMessage())
                .isEqualTo("strata.toml:2: [lint.rules] rename-table must be a string, not an integer");
    }

    @Test
    void environmentsMustBeTablesWithAUrl() throws IOException {
        assertThat(failure("[environments]\nurl = \"sqlite:a.db\"\n").getMessage()).isEqualTo(
                "strata.toml:2: [environments] holds one table per environment, not the key 'url'");
        assertThat(failure("[environments.staging]\nschema = \"s\"\n").getMessage())
                .isEqualTo("strata.toml:1: [environments.staging] has no url");
    }

    @Test
    void badUrlsInTheFileNameTheKeyAndHideThePassword() throws IOException {
        ConfigException error = failure("[database]\nurl = \"oracle://app:hunter2@h/db\"\n");
        assertThat(error.getMessage()).isEqualTo("strata.toml:2: [database] url: Invalid database URL: unknown scheme 'oracle'");
        assertThat(error.oneLine()).doesNotContain("hunter2").doesNotContain("\n");

        assertThat(failure("[environments.prod]\nurl = \"postgresql://app:hunter2@h:99999/db\"\n").oneLine())
                .startsWith("strata.toml:2: [environments.prod] url: Invalid database URL: the port is not between 1 and 65535")
                .doesNotContain("hunter2");
    }

    @Test
    void unknownEnvironmentNamesTheKnownOnes() throws IOException {
        StrataConfig config = load("[environments.staging]\nurl = \"sqlite:s.db\"\n[environments.prod]\nurl = \"sqlite:p.db\"\n");

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> config.environment("prd"));
        assertThat(error.oneLine()).isEqualTo("Unknown environment 'prd': known environments: staging, prod");
        assertThat(catchThrowableOfType(ConfigException.class, () -> load("").environment("x")).oneLine())
                .isEqualTo("Unknown environment 'x': strata.toml defines no [environments]");
        assertThat(catchThrowableOfType(ConfigException.class, () -> StrataConfig.empty().environment("x")).oneLine())
                .isEqualTo("Unknown environment 'x': there is no config file");
    }

    @Test
    void unreadableFiles() throws IOException {
        Path missing = dir.resolve("nope.toml");
        assertThat(catchThrowableOfType(ConfigException.class, () -> StrataConfig.load(missing)).getMessage())
                .isEqualTo("Config file " + missing + " does not exist");

        Path latin1 = dir.resolve("latin1.toml");
        Files.write(latin1, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertThat(catchThrowableOfType(ConfigException.class, () -> StrataConfig.load(latin1)).oneLine())
                .isEqualTo("latin1.toml: not UTF-8 text: save the file as UTF-8");
    }
}
