package dev.strata.runtime.schema;

import dev.strata.runtime.config.DatabaseUrl;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a schema comes from: SQL files, a live database, a migrations directory replayed to a revision, or JPA
 * entities.
 */
public sealed interface SchemaSource {

    /** What to call it in messages. */
    String describe();

    /** SQL schema files (in the order given; a folder means its *.sql files by name), applied to a scratch database. */
    record SqlFiles(List<Path> files) implements SchemaSource {
        public SqlFiles {
            files = List.copyOf(files);
        }

        @Override
        public String describe() {
            return files.size() == 1 ? files.get(0).toString() : files.size() + " schema files";
        }
    }

    /** A live database, read as it is. */
    record Live(DatabaseUrl url) implements SchemaSource {
        @Override
        public String describe() {
            return url.redacted();
        }
    }

    /**
     * A migrations directory replayed on a scratch database up to a target ({@code heads} when none is given);
     * several revisions separated by spaces are each upgraded to, {@code base} replays nothing.
     */
    record Migrations(Path dir, String target) implements SchemaSource {
        @Override
        public String describe() {
            return dir + "@" + target;
        }
    }

    /**
     * JPA entities: the tables Hibernate ORM would create for the {@code @Entity} classes of {@code packages}, found
     * on {@code classpath}. Read by the {@link EntityModelReader} on Strata's own classpath (module strata-jpa).
     *
     * @param physicalNamingStrategy a Hibernate physical naming strategy class, or null for Hibernate's default
     * @param implicitNamingStrategy a Hibernate implicit naming strategy class or short name, or null
     */
    record Entities(List<String> packages, List<Path> classpath, String physicalNamingStrategy,
                    String implicitNamingStrategy) implements SchemaSource {
        public Entities {
            packages = List.copyOf(packages);
            classpath = List.copyOf(classpath);
        }

        @Override
        public String describe() {
            return "JPA entities in " + String.join(", ", packages);
        }
    }
}
