package dev.strata.runtime.schema;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlStatement;
import dev.strata.core.script.StatementSplitter;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.migrate.MigrationListener;
import dev.strata.runtime.migrate.Migrator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a schema from any {@link SchemaSource}. Sources that need a database of their own (SQL files, a replayed
 * migrations directory) get a scratch database on the server of {@code server}, always dropped, even on error:
 * the database parses the SQL itself, the way Atlas's dev database works.
 */
public final class SchemaReader {
    private final Database server;
    private final Set<String> schemas;

    /**
     * @param server  where scratch databases are created (the configured database's server)
     * @param schemas the schemas to read; empty means every non-system schema
     */
    public SchemaReader(Database server, Set<String> schemas) {
        this.server = server;
        this.schemas = Set.copyOf(schemas);
    }

    public Schema read(SchemaSource source) {
        if (source instanceof SchemaSource.Live live) {
            return inspect(new Database(live.url()));
        }
        if (source instanceof SchemaSource.SqlFiles files) {
            return fromSqlFiles(files.files());
        }
        if (source instanceof SchemaSource.Entities entities) {
            return readEntities(entities).schema();
        }
        return fromMigrations((SchemaSource.Migrations) source);
    }

    /**
     * The schema of JPA entities on this reader's server, with where each object comes from. The entities are not
     * created anywhere: the {@link EntityModelReader} builds the schema from Hibernate's mapping model.
     */
    public EntityModelReader.EntityModel readEntities(SchemaSource.Entities entities) {
        EntityModelReader.EntityModel model = EntityModelReader.find().read(entities, server);
        if (schemas.isEmpty()) {
            return model;
        }
        List<Namespace> kept = model.schema().namespaces().stream().filter(n -> schemas.contains(n.name())).toList();
        return new EntityModelReader.EntityModel(model.schema().withNamespaces(kept), model.origins());
    }

    /** The live schema of a database. */
    public Schema inspect(Database database) {
        try (JdbcSession session = database.open()) {
            Schema schema = database.dialect().inspector().inspect(session, schemas);
            if (schemas.isEmpty() && database.dialect().namespaceIsDatabase() && schema.namespaces().size() == 1) {
                Namespace own = schema.namespaces().get(0);
                schema = schema.withNamespaces(List.of(new Namespace(Dialect.HOME_DATABASE, own.tables(), own.views(),
                        own.sequences(), own.enumTypes(), own.domains())));
            }
            return schema;
        }
    }

    private Schema fromSqlFiles(List<Path> files) {
        List<Path> scripts = expand(files);
        try (ScratchDatabase scratch = ScratchDatabase.create(server, "model")) {
            Database db = scratch.database();
            try (JdbcSession session = db.open()) {
                for (Path file : scripts) {
                    for (SqlStatement statement : StatementSplitter.split(read(file), db.dialect().flavor(), 1, file.toString())) {
                        try {
                            session.execute(statement.sql());
                        } catch (DatabaseException e) {
                            throw new BadInputException(file + ":" + statement.line() + ": " + e.getMessage(),
                                    "fix the schema file; it is applied as written to a scratch database");
                        }
                    }
                }
            }
            return inspect(db);
        }
    }

    private Schema fromMigrations(SchemaSource.Migrations source) {
        try (ScratchDatabase scratch = ScratchDatabase.create(server, "replay")) {
            Migrator migrator = new Migrator(scratch.database(), MigrationSet.load(source.dir()), null,
                    ExecutionSettings.DEFAULTS, MigrationListener.NONE);
            for (String target : source.target().trim().split("\\s+")) {
                if (!target.equals("base")) {
                    migrator.upgrade(target);
                }
            }
            return inspect(scratch.database());
        }
    }

    private static List<Path> expand(List<Path> files) {
        List<Path> scripts = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                try (Stream<Path> children = Files.list(file)) {
                    children.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().forEach(scripts::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(file)) {
                scripts.add(file);
            } else {
                throw new BadInputException("schema file " + file + " does not exist", "check [model] schema-files or the path given");
            }
        }
        return scripts;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read schema file " + file + ": " + e.getMessage(), null);
        }
    }
}
