package dev.strata.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.core.error.ConfigException;
import dev.strata.runtime.config.Settings.Options;
import dev.strata.runtime.config.Settings.UrlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    private static final String CONFIG = """
            [database]
            url = "postgresql://cfg@config-db/app"
            schema = "cfg_schema"
            [migrations]
            dir = "db/migrations"
            [execution]
            lock-timeout = "3s"
            [lint]
            postgres-version = 14
            [model]
            jpa-packages = ["com.example"]
            [environments.staging]
            url = "postgresql://env@staging-db/app"
            schema = "env_schema"
            dir = "staging"
            [environments.bare]
            url = "mariadb://bare@bare-db/app"
            """;

    @TempDir
    Path workingDir;

    private void writeConfig(String relative, String toml) throws IOException {
        Path file = workingDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, toml);
    }

    private Settings resolve(Options options, Map<String, String> env) {
        return Settings.resolve(options, env, workingDir);
    }

    private static Options options(String url, String env) {
        return new Options(url, null, null, env);
    }

    @Test
    void withNothingGivenTheEmbeddedDefaultIsUsed() {
        Settings settings = resolve(Options.none(), Map.of());

        assertThat(settings.url()).isEqualTo(DatabaseUrl.parse("sqlite:" + workingDir.resolve("strata.db")));
        assertThat(settings.url().jdbcUrl()).isEqualTo("jdbc:sqlite:" + workingDir.resolve("strata.db"));
        assertThat(settings.usedDefaultUrl()).isTrue();
        assertThat(settings.urlSource()).isEqualTo(UrlSource.DEFAULT);
        assertThat(settings.migrationsDir()).isEqualTo(workingDir.resolve("migrations"));
        assertThat(settings.schema()).isNull();
        assertThat(settings.environment()).isNull();
        assertThat(settings.configFile()).isNull();
        assertThat(settings.execution()).isEqualTo(new ExecutionConfig(Duration.ofSeconds(2), 10, Duration.ZERO));
        assertThat(settings.lint()).isEqualTo(LintConfig.DEFAULTS);
        assertThat(settings.model()).isEqualTo(ModelConfig.NONE);
    }

    @Test
    void urlPrecedenceEachLevelBeatsTheNext() throws IOException {
        writeConfig("strata.toml", CONFIG);
        Map<String, String> env = new HashMap<>(Map.of(
                "STRATA_URL", "postgresql://strata@strata-url/app",
                "DATABASE_URL", "postgres://heroku@database-url/app"));

        Settings option = resolve(options("postgresql://opt@option-db/app", "staging"), env);
        assertThat(option.url().host()).isEqualTo("option-db");
        assertThat(option.urlSource()).isEqualTo(UrlSource.OPTION);

        Settings strataUrl = resolve(options(null, "staging"), env);
        assertThat(strataUrl.url().host()).isEqualTo("strata-url");
        assertThat(strataUrl.urlSource()).isEqualTo(UrlSource.STRATA_URL);

        env.remove("STRATA_URL");
        Settings databaseUrl = resolve(options(null, "staging"), env);
        assertThat(databaseUrl.url().host()).isEqualTo("database-url");
        assertThat(databaseUrl.urlSource()).isEqualTo(UrlSource.DATABASE_URL);

        env.remove("DATABASE_URL");
        Settings environment = resolve(options(null, "staging"), env);
        assertThat(environment.url().host()).isEqualTo("staging-db");
        assertThat(environment.urlSource()).isEqualTo(UrlSource.ENVIRONMENT);

        Settings config = resolve(options(null, null), env);
        assertThat(config.url().host()).isEqualTo("config-db");
        assertThat(config.urlSource()).isEqualTo(UrlSource.CONFIG);
        assertThat(config.usedDefaultUrl()).isFalse();

        writeConfig("strata.toml", "[migrations]\ndir = \"m\"\n");
        assertThat(resolve(options(null, null), env).urlSource()).isEqualTo(UrlSource.DEFAULT);
    }

    @Test
    void emptyEnvironmentVariablesCountAsUnset() {
        Settings settings = resolve(Options.none(), Map.of("STRATA_URL", "", "DATABASE_URL", "mariadb://h/db",
                "STRATA_PASSWORD", ""));

        assertThat(settings.urlSource()).isEqualTo(UrlSource.DATABASE_URL);
        assertThat(settings.url().password()).isNull();
    }

    @Test
    void strataPasswordSuppliesAMissingPassword() throws IOException {
        writeConfig("strata.toml", CONFIG);
        Map<String, String> env = Map.of("STRATA_PASSWORD", "from-env");

        Settings fromConfig = resolve(Options.none(), env);
        assertThat(fromConfig.url().password()).isEqualTo("from-env");
        assertThat(fromConfig.url().user()).isEqualTo("cfg");
        assertThat(fromConfig.url().toString()).doesNotContain("from-env");
        assertThat(fromConfig.urlSource()).isEqualTo(UrlSource.CONFIG);

        Settings own = resolve(options("postgresql://u:own@h/db", null), env);
        assertThat(own.url().password()).isEqualTo("own");

        Settings sqlite = resolve(options("sqlite:a.db", null), env);
        assertThat(sqlite.url().password()).isNull();
    }

    @Test
    void relativeSqlitePathsFollowWhereTheUrlCameFrom() throws IOException {
        writeConfig("conf/strata.toml", "[database]\nurl = \"sqlite:app.db\"\n");
        Options configOnly = new Options(null, null, Path.of("conf/strata.toml"), null);

        assertThat(resolve(configOnly, Map.of()).url().sqlitePath()).isEqualTo(workingDir.resolve("conf/app.db"));
        assertThat(resolve(configOnly, Map.of("STRATA_URL", "sqlite:data/x.db")).url().sqlitePath())
                .isEqualTo(workingDir.resolve("data/x.db"));
        assertThat(resolve(new Options("sqlite:y.db", null, null, null), Map.of()).url().sqlitePath())
                .isEqualTo(workingDir.resolve("y.db"));
        assertThat(resolve(new Options("sqlite:/abs/z.db", null, null, null), Map.of()).url().sqlitePath())
                .isEqualTo(Path.of("/abs/z.db"));
    }

    @Test
    void migrationsDirPrecedence() throws IOException {
        writeConfig("conf/strata.toml", CONFIG);
        Path config = Path.of("conf/strata.toml");

        assertThat(resolve(new Options(null, Path.of("cli-dir"), config, "staging"), Map.of()).migrationsDir())
                .isEqualTo(workingDir.resolve("cli-dir"));
        assertThat(resolve(new Options(null, null, config, "staging"), Map.of()).migrationsDir())
                .isEqualTo(workingDir.resolve("conf/staging"));
        assertThat(resolve(new Options(null, null, config, "bare"), Map.of()).migrationsDir())
                .isEqualTo(workingDir.resolve("conf/db/migrations"));
        assertThat(resolve(new Options(null, null, config, null), Map.of()).migrationsDir())
                .isEqualTo(workingDir.resolve("conf/db/migrations"));
        assertThat(resolve(new Options(null, Path.of("/abs/m"), null, null), Map.of()).migrationsDir())
                .isEqualTo(Path.of("/abs/m"));
        assertThat(resolve(Options.none(), Map.of()).migrationsDir()).isEqualTo(workingDir.resolve("migrations"));
    }

    @Test
    void schemaPrecedence() throws IOException {
        writeConfig("strata.toml", CONFIG);

        assertThat(resolve(options(null, "staging"), Map.of()).schema()).isEqualTo("env_schema");
        assertThat(resolve(options(null, "bare"), Map.of()).schema()).isEqualTo("cfg_schema");
        assertThat(resolve(options(null, null), Map.of()).schema()).isEqualTo("cfg_schema");
        writeConfig("strata.toml", "");
        assertThat(resolve(options(null, null), Map.of()).schema()).isNull();
    }

    @Test
    void theConfigFileInTheWorkingDirectoryIsFoundAndItsSectionsKept() throws IOException {
        writeConfig("strata.toml", CONFIG);

        Settings settings = resolve(options(null, "staging"), Map.of());

        assertThat(settings.configFile()).isEqualTo(workingDir.resolve("strata.toml"));
        assertThat(settings.environment()).isEqualTo("staging");
        assertThat(settings.execution()).isEqualTo(new ExecutionConfig(Duration.ofSeconds(3), 10, Duration.ZERO));
        assertThat(settings.lint().postgresVersion()).isEqualTo(14);
        assertThat(settings.model().jpaPackages()).containsExactly("com.example");
        assertThat(settings.config().environments()).containsOnlyKeys("staging", "bare");
    }

    @Test
    void anExplicitConfigFileMustExist() throws IOException {
        Files.createDirectories(workingDir.resolve("adir"));

        assertThat(catchThrowableOfType(ConfigException.class,
                () -> resolve(new Options(null, null, Path.of("missing.toml"), null), Map.of())).oneLine())
                .isEqualTo("Config file missing.toml does not exist: check --config");
        assertThat(catchThrowableOfType(ConfigException.class,
                () -> resolve(new Options(null, null, Path.of("adir"), null), Map.of())).oneLine())
                .isEqualTo("Config file adir is a directory: check --config");
    }

    @Test
    void anUnknownEnvironmentListsTheKnownOnes() throws IOException {
        assertThat(catchThrowableOfType(ConfigException.class, () -> resolve(options(null, "prod"), Map.of())).oneLine())
                .isEqualTo("Unknown environment 'prod': there is no config file");
        writeConfig("strata.toml", CONFIG);
        assertThat(catchThrowableOfType(ConfigException.class, () -> resolve(options(null, "prod"), Map.of())).oneLine())
                .isEqualTo("Unknown environment 'prod': known environments: staging, bare");
    }

    @Test
    void aBadUrlNamesWhereItCameFromAndHidesThePassword() {
        ConfigException fromEnv = catchThrowableOfType(ConfigException.class,
                () -> resolve(Options.none(), Map.of("STRATA_URL", "oracle://u:hunter2@h/db")));
        assertThat(fromEnv.getMessage()).isEqualTo("STRATA_URL: Invalid database URL: unknown scheme 'oracle'");
        assertThat(fromEnv.oneLine()).doesNotContain("hunter2");

        ConfigException fromDatabaseUrl = catchThrowableOfType(ConfigException.class,
                () -> resolve(Options.none(), Map.of("DATABASE_URL", "postgres://u:hunter2@h:x/db")));
        assertThat(fromDatabaseUrl.getMessage()).isEqualTo("DATABASE_URL: Invalid database URL: the port is not a number");

        ConfigException fromOption = catchThrowableOfType(ConfigException.class,
                () -> resolve(options("", null), Map.of("STRATA_URL", "sqlite:ok.db")));
        assertThat(fromOption.getMessage()).isEqualTo("--url: Invalid database URL: it is empty");
    }

    @Test
    void aBadConfigFileFailsEvenWhenTheUrlComesFromElsewhere() throws IOException {
        writeConfig("strata.toml", "[databse]\n");

        assertThat(catchThrowableOfType(ConfigException.class,
                () -> resolve(options("sqlite:a.db", null), Map.of())).getMessage())
                .isEqualTo("strata.toml:1: unknown section [databse]");
    }
}
