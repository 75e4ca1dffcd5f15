package dev.strata.runtime.config;

import dev.strata.core.error.ConfigException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code strata.toml} says, checked: unknown sections and keys, wrong types and bad values are errors that
 * name the key (a typo is never ignored). Relative paths, including an SQLite URL's file, are resolved against
 * the file's own directory.
 *
 * @param file          the file read, or null for {@link #empty()}
 * @param url           {@code [database] url}, or null
 * @param schema        {@code [database] schema}: where Strata's own tables live, or null for the dialect's default
 * @param migrationsDir {@code [migrations] dir}, or null
 * @param model         {@code [model]}
 * @param execution     {@code [execution]}, defaults filled in
 * @param lint          {@code [lint]}
 * @param environments  {@code [environments.NAME]} by NAME, in file order
 */
public record StrataConfig(Path file, DatabaseUrl url, String schema, Path migrationsDir, ModelConfig model,
                           ExecutionConfig execution, LintConfig lint, Map<String, EnvironmentConfig> environments) {
    /** The name Strata looks for in the working directory. */
    public static final String FILE_NAME = "strata.toml";

    private static final List<String> SECTIONS =
            List.of("database", "migrations", "model", "execution", "lint", "environments");
    private static final String SECTION_LIST =
            "[database], [migrations], [model], [execution], [lint], [lint.rules], [environments.NAME]";

    public StrataConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(lint, "lint");
        environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
    }

    /** No file: every setting at its default. */
    public static StrataConfig empty() {
        return new StrataConfig(null, null, null, null, ModelConfig.NONE, ExecutionConfig.DEFAULTS,
                LintConfig.DEFAULTS, Map.of());
    }

    /**
     * Reads and checks a config file.
     *
     * @throws ConfigException when the file cannot be read, is not valid TOML ("strata.toml:LINE: …"), or says
     *                         something Strata does not understand
     */
    public static StrataConfig load(Path file) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("Config file " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new ConfigException(label + ": not UTF-8 text", "save the file as UTF-8");
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage());
        }
        Path baseDir = file.toAbsolutePath().getParent();
        return parse(TomlDocument.parse(label, text), file, baseDir);
    }

    private static StrataConfig parse(TomlDocument document, Path file, Path baseDir) {
        TomlDocument.Table root = document.root();
        for (String key : root.keys()) {
            if (!SECTIONS.contains(key)) {
                throw root.error(key, root.isTable(key) ? "unknown section [" + key + "]"
                        : "unknown key '" + key + "' at the top level", "known sections: " + SECTION_LIST);
            }
        }
        TomlDocument.Table database = root.table("database");
        DatabaseUrl url = null;
        String schema = null;
        if (database != null) {
            database.allowOnly("url", "schema");
            url = url(database, baseDir);
            schema = nonBlank(database, "schema");
        }
        TomlDocument.Table migrations = root.table("migrations");
        Path migrationsDir = null;
        if (migrations != null) {
            migrations.allowOnly("dir");
            migrationsDir = migrations.path("dir", baseDir);
        }
        return new StrataConfig(file, url, schema, migrationsDir,
                ModelConfig.read(root.table("model"), baseDir),
                ExecutionConfig.read(root.table("execution")),
                LintConfig.read(root.table("lint")),
                environments(root.table("environments"), baseDir));
    }

    private static Map<String, EnvironmentConfig> environments(TomlDocument.Table table, Path baseDir) {
        Map<String, EnvironmentConfig> environments = new LinkedHashMap<>();
        if (table == null) {
            return environments;
        }
        for (String name : table.keys()) {
            if (!table.isTable(name)) {
                throw table.error(name, "[environments] holds one table per environment, not the key '" + name + "'",
                        "write [environments.staging] with url = \"…\" below it");
            }
            TomlDocument.Table environment = table.table(name);
            environment.allowOnly("url", "schema", "dir");
            DatabaseUrl url = url(environment, baseDir);
            if (url == null) {
                throw table.error(name, environment.name() + " has no url", "add url = \"postgresql://…\"");
            }
            environments.put(name, new EnvironmentConfig(name, url, nonBlank(environment, "schema"),
                    environment.path("dir", baseDir)));
        }
        return environments;
    }

    private static DatabaseUrl url(TomlDocument.Table table, Path baseDir) {
        String text = table.string("url");
        if (text == null) {
            return null;
        }
        try {
            return DatabaseUrl.parse(text).resolveAgainst(baseDir);
        } catch (ConfigException e) {
            throw table.error("url", table.label("url") + ": " + e.getMessage(), e.hint());
        }
    }

    private static String nonBlank(TomlDocument.Table table, String key) {
        String text = table.string(key);
        if (text != null && text.isBlank()) {
            throw table.error(key, table.label(key) + " must not be empty", "leave it out for the default");
        }
        return text;
    }

    /** The named environment. @throws ConfigException naming the known environments when there is none of that name */
    public EnvironmentConfig environment(String name) {
        EnvironmentConfig environment = environments.get(name);
        if (environment == null) {
            String where = file == null ? "there is no config file" : label() + " defines no [environments]";
            throw new ConfigException("Unknown environment '" + Redaction.printable(name) + "'",
                    environments.isEmpty() ? where : "known environments: " + String.join(", ", environments.keySet()));
        }
        return environment;
    }

    /** The directory relative paths in the file are resolved against; null for {@link #empty()}. */
    public Path baseDir() {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    private String label() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
