package dev.strata.runtime.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The desired schema ({@code [model]} in {@code strata.toml}), for autogenerate, check and test. Paths are already
 * resolved against the config file's directory. Which of SQL files and JPA packages wins, when both are given, is
 * the model loader's business.
 *
 * @param schemaFiles            SQL files applied to a scratch database
 * @param jpaPackages            packages whose JPA entities are the model
 * @param classpath              where those entities and their dependencies are
 * @param physicalNamingStrategy Hibernate physical naming strategy (a class name), or null for Hibernate's default
 * @param implicitNamingStrategy Hibernate implicit naming strategy (a class name or short name), or null
 */
public record ModelConfig(List<Path> schemaFiles, List<String> jpaPackages, List<Path> classpath,
                          String physicalNamingStrategy, String implicitNamingStrategy) {
    public static final ModelConfig NONE = new ModelConfig(List.of(), List.of(), List.of(), null, null);

    public ModelConfig {
        schemaFiles = List.copyOf(schemaFiles);
        jpaPackages = List.copyOf(jpaPackages);
        classpath = List.copyOf(classpath);
    }

    /** True when a model is configured at all (a check with nothing to compare against is skipped). */
    public boolean isConfigured() {
        return !schemaFiles.isEmpty() || !jpaPackages.isEmpty();
    }

    static ModelConfig read(TomlDocument.Table table, Path baseDir) {
        if (table == null) {
            return NONE;
        }
        table.allowOnly("schema-files", "jpa-packages", "classpath", "physical-naming-strategy",
                "implicit-naming-strategy");
        return new ModelConfig(table.paths("schema-files", baseDir), table.strings("jpa-packages"),
                table.paths("classpath", baseDir), table.string("physical-naming-strategy"),
                table.string("implicit-naming-strategy"));
    }
}
