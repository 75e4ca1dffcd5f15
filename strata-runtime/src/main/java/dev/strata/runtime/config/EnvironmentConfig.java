package dev.strata.runtime.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A named environment ({@code [environments.NAME]} in {@code strata.toml}), selected with {@code --env NAME}.
 *
 * @param name          the NAME
 * @param url           its database
 * @param schema        where Strata's own tables live there, or null to use {@code [database] schema}
 * @param migrationsDir its migrations directory, or null to use {@code [migrations] dir}
 */
public record EnvironmentConfig(String name, DatabaseUrl url, String schema, Path migrationsDir) {
    public EnvironmentConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
