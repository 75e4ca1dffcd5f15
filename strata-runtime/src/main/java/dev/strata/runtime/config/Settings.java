package dev.strata.runtime.config;

import dev.strata.core.error.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command runs with: the global options, the environment variables and {@code strata.toml}, resolved once.
 *
 * @param url           the database, with {@code STRATA_PASSWORD} applied
 * @param urlSource     where the URL came from ({@link UrlSource#DEFAULT} when none was given: say so)
 * @param migrationsDir the migrations directory
 * @param schema        where Strata's own tables live, or null for the dialect's default
 * @param environment   the {@code --env} name, or null
 * @param config        the config file as read ({@link StrataConfig#empty()} when there is none)
 */
public record Settings(DatabaseUrl url, UrlSource urlSource, Path migrationsDir, String schema, String environment,
                       StrataConfig config) {
    /** The database used when none is given anywhere, in the working directory. */
    public static final String DEFAULT_URL = "sqlite:strata.db";
    /** The migrations directory used when none is given anywhere, in the working directory. */
    public static final String DEFAULT_DIR = "migrations";

    public static final String STRATA_URL = "STRATA_URL";
    public static final String DATABASE_URL = "DATABASE_URL";
    public static final String STRATA_PASSWORD = "STRATA_PASSWORD";

    /** Where the URL came from, in order of precedence. */
    public enum UrlSource {
        OPTION("--url"),
        STRATA_URL("STRATA_URL"),
        DATABASE_URL("DATABASE_URL"),
        ENVIRONMENT("the selected environment"),
        CONFIG("[database] url"),
        DEFAULT("the default " + DEFAULT_URL);

        private final String description;

        UrlSource(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * The global command-line options that bear on settings; each may be null.
     *
     * @param url        {@code --url}
     * @param dir        {@code --dir}, relative to the working directory
     * @param configFile {@code --config}, relative to the working directory
     * @param envName    {@code --env}
     */
    public record Options(String url, Path dir, Path configFile, String envName) {
        public static Options none() {
            return new Options(null, null, null, null);
        }
    }

    public Settings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(urlSource, "urlSource");
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        Objects.requireNonNull(config, "config");
    }

    /**
     * Resolves the settings.
     *
     * <ul>
     *   <li>config file: {@code --config} (it must exist), else {@code strata.toml} in the working directory when
     *       present, else none;</li>
     *   <li>URL: {@code --url} &gt; {@code STRATA_URL} &gt; {@code DATABASE_URL} &gt; the {@code --env} environment's
     *       url &gt; {@code [database] url} &gt; {@code sqlite:strata.db} in the working directory; a relative SQLite
     *       path is relative to the working directory, or to the config file's directory when it comes from there;
     *       {@code STRATA_PASSWORD} supplies the password when the URL has none;</li>
     *   <li>migrations: {@code --dir} &gt; the environment's dir &gt; {@code [migrations] dir} &gt;
     *       {@code migrations} in the working directory;</li>
     *   <li>schema: the environment's &gt; {@code [database] schema} &gt; null.</li>
     * </ul>
     * Environment variables that are set but empty count as unset.
     *
     * @throws ConfigException for a missing config file, an unknown environment, a bad URL (naming where it came
     *                         from) or a bad config file
     */
    public static Settings resolve(Options options, Map<String, String> environment, Path workingDir) {
        Options cli = options == null ? Options.none() : options;
        Map<String, String> env = environment == null ? Map.of() : environment;
        StrataConfig config = loadConfig(cli.configFile(), workingDir);
        EnvironmentConfig selected = cli.envName() == null ? null : config.environment(cli.envName());

        DatabaseUrl url;
        UrlSource source;
        if (cli.url() != null) {
            url = parse(cli.url(), "--url", workingDir);
            source = UrlSource.OPTION;
        } else if (isSet(env, STRATA_URL)) {
            url = parse(env.get(STRATA_URL), STRATA_URL, workingDir);
            source = UrlSource.STRATA_URL;
        } else if (isSet(env, DATABASE_URL)) {
            url = parse(env.get(DATABASE_URL), DATABASE_URL, workingDir);
            source = UrlSource.DATABASE_URL;
        } else if (selected != null) {
            url = selected.url();
            source = UrlSource.ENVIRONMENT;
        } else if (config.url() != null) {
            url = config.url();
            source = UrlSource.CONFIG;
        } else {
            url = DatabaseUrl.parse(DEFAULT_URL).resolveAgainst(workingDir);
            source = UrlSource.DEFAULT;
        }
        if (!url.hasPassword() && isSet(env, STRATA_PASSWORD)) {
            url = url.withPassword(env.get(STRATA_PASSWORD));
        }

        Path migrationsDir;
        if (cli.dir() != null) {
            migrationsDir = workingDir.resolve(cli.dir()).normalize();
        } else if (selected != null && selected.migrationsDir() != null) {
            migrationsDir = selected.migrationsDir();
        } else if (config.migrationsDir() != null) {
            migrationsDir = config.migrationsDir();
        } else {
            migrationsDir = workingDir.resolve(DEFAULT_DIR);
        }
        String schema = selected != null && selected.schema() != null ? selected.schema() : config.schema();
        return new Settings(url, source, migrationsDir, schema, cli.envName(), config);
    }

    /** True when no database was given anywhere and the embedded default is used; the CLI says so. */
    public boolean usedDefaultUrl() {
        return urlSource == UrlSource.DEFAULT;
    }

    public ExecutionConfig execution() {
        return config.execution();
    }

    public LintConfig lint() {
        return config.lint();
    }

    public ModelConfig model() {
        return config.model();
    }

    /** The config file read, or null when there was none. */
    public Path configFile() {
        return config.file();
    }

    private static StrataConfig loadConfig(Path option, Path workingDir) {
        if (option != null) {
            Path file = workingDir.resolve(option);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("Config file " + option + " " + (Files.isDirectory(file)
                        ? "is a directory" : "does not exist"), "check --config");
            }
            return StrataConfig.load(file);
        }
        Path file = workingDir.resolve(StrataConfig.FILE_NAME);
        return Files.isRegularFile(file) ? StrataConfig.load(file) : StrataConfig.empty();
    }

    private static DatabaseUrl parse(String text, String source, Path workingDir) {
        try {
            return DatabaseUrl.parse(text).resolveAgainst(workingDir);
        } catch (ConfigException e) {
            throw new ConfigException(source + ": " + e.getMessage(), e.hint());
        }
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isEmpty();
    }
}
