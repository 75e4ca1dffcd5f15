package dev.strata.runtime.schema;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.ConfigException;
import dev.strata.runtime.config.DatabaseUrl;
import dev.strata.runtime.config.ModelConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what the user wrote for a schema source into a {@link SchemaSource}: {@code model} (the configured
 * [model]), {@code jpa:PACKAGE[,PACKAGE…]} (entities on the configured classpath), a database URL, a {@code .sql} file or folder of them, a migrations directory (at its heads), or
 * {@code DIR@REV}.
 */
public final class SchemaSources {
    private SchemaSources() {
    }

    public static SchemaSource parse(String spec, ModelConfig model, Path workingDir) {
        if (spec.equals("model")) {
            return model(model);
        }
        if (spec.startsWith("jpa:")) {
            List<String> packages = List.of(spec.substring(4).split(","));
            if (packages.stream().anyMatch(String::isBlank)) {
                throw new BadInputException("`" + spec + "` names no package", "write jpa:com.example.domain (several separated by commas)");
            }
            return new SchemaSource.Entities(packages, model.classpath(), model.physicalNamingStrategy(),
                    model.implicitNamingStrategy());
        }
        if (spec.contains("://") || spec.startsWith("jdbc:") || spec.startsWith("sqlite:")) {
            return new SchemaSource.Live(DatabaseUrl.parse(spec));
        }
        int at = spec.lastIndexOf('@');
        if (at > 0 && Files.isDirectory(workingDir.resolve(spec.substring(0, at)))) {
            return new SchemaSource.Migrations(workingDir.resolve(spec.substring(0, at)), spec.substring(at + 1));
        }
        Path path = workingDir.resolve(spec);
        if (Files.isDirectory(path)) {
            return isMigrationsDirectory(path) ? new SchemaSource.Migrations(path, "heads") : new SchemaSource.SqlFiles(List.of(path));
        }
        if (Files.isRegularFile(path) && spec.endsWith(".sql")) {
            return new SchemaSource.SqlFiles(List.of(path));
        }
        throw new BadInputException("`" + spec + "` is not a schema source",
                "give `model`, jpa:PACKAGE, a database URL, a .sql file or folder, a migrations directory, or DIR@REV");
    }

    /** The configured desired schema. */
    public static SchemaSource model(ModelConfig model) {
        if (!model.jpaPackages().isEmpty() && !model.schemaFiles().isEmpty()) {
            throw new ConfigException("[model] gives both schema-files and jpa-packages; the model is one or the other",
                    "keep schema-files for a SQL model, or jpa-packages and classpath for JPA entities");
        }
        if (!model.jpaPackages().isEmpty()) {
            if (model.classpath().isEmpty()) {
                throw new ConfigException("[model] jpa-packages needs a classpath to find the entities on",
                        "add [model] classpath = [\"target/classes\"] (the compiled entities and the jars they need)");
            }
            return new SchemaSource.Entities(model.jpaPackages(), model.classpath(), model.physicalNamingStrategy(),
                    model.implicitNamingStrategy());
        }
        if (model.schemaFiles().isEmpty()) {
            throw new ConfigException("no model is configured", "add [model] schema-files = [\"db/schema.sql\"] "
                    + "(or jpa-packages and classpath) to strata.toml");
        }
        return new SchemaSource.SqlFiles(model.schemaFiles());
    }

    /** A directory holding at least one Strata migration file (not plain schema SQL). */
    static boolean isMigrationsDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).anyMatch(SchemaSources::isMigration);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMigration(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.limit(30).anyMatch(line -> line.strip().startsWith("-- strata:revision"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
