package dev.strata.runtime.schema;

import dev.strata.core.error.BadInputException;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad schema files: a SQL error is bad input (exit 2) that names the file, the line of the failing statement and
 * the database's own message; and the scratch database the file was applied to is dropped all the same.
 */
class SchemaFileErrorsIT {
    private static final String PREFIX = "strata_scratch_model";
    private static final Pattern SCRATCH_NAME = Pattern.compile(PREFIX + "_[0-9a-f]+");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSqlErrorNamesTheFileTheLineAndTheDatabasesMessage(DatabaseKind kind) throws IOException {
        Path file = tmp.resolve("schema with spaces.sql");
        Files.writeString(file, """
                -- customers and their orders
                CREATE TABLE customers (
                    id integer PRIMARY KEY
                );

                CREATE TABLE orders (
                    id integer PRIMARY KEY,
                    customer_id integer,,
                    total numeric(10, 2)
                );
                """);

        BadInputException error = read(kind, file);

        assertThat(error.getMessage())
                .as("the message names the file and the line where the failing statement starts")
                .startsWith(file + ":6: ");
        assertThat(error.getMessage()).as("the database's own message").containsIgnoringCase(switch (kind) {
            case POSTGRES -> "syntax error at or near \",\"";
            case MARIADB -> "error in your SQL syntax";
            case SQLITE -> "syntax error";
        });
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "MARIADB"})
    void aFailingSchemaFileLeavesNoScratchDatabaseBehind(DatabaseKind kind) throws IOException {
        // the failing statement makes the database say its own name, so the scratch database of this call is known
        // exactly, whatever other tests create on the same server meanwhile
        Path file = tmp.resolve("failing.sql");
        Files.writeString(file, kind == DatabaseKind.POSTGRES ? """
                CREATE TABLE customers (id integer PRIMARY KEY);
                CREATE INDEX customers_id_idx ON customers (id);

                DO $$
                BEGIN
                    RAISE EXCEPTION 'stopped in database %', current_database();
                END
                $$;
                """ : """
                CREATE TABLE customers (id INT PRIMARY KEY);
                CREATE INDEX customers_id_idx ON customers (id);

                CREATE INDEX orders_customer_idx ON no_such_table (customer_id);
                """);
        Database server = TestServers.server(kind);
        Set<String> before = scratchDatabases(server);

        BadInputException error = read(kind, file);

        Set<String> after = scratchDatabases(server);
        assertThat(error.getMessage()).startsWith(file + ":4: ");
        assertThat(error.getMessage()).contains(kind == DatabaseKind.POSTGRES ? "stopped in database " : "no_such_table' doesn't exist");
        Matcher name = SCRATCH_NAME.matcher(error.getMessage());
        assertThat(name.find()).as("the database names itself in: %s", error.getMessage()).isTrue();
        String scratch = name.group();
        assertThat(before).doesNotContain(scratch);
        Set<String> created = new HashSet<>(after);
        created.removeAll(before);
        assertThat(created).as("scratch databases created during the call that are still there").doesNotContain(scratch);
        assertThat(after).doesNotContain(scratch);
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "SQLITE")
    void aFailingSchemaFileLeavesNoScratchFileBehind(DatabaseKind kind) throws IOException {
        Path file = tmp.resolve("failing.sql");
        Files.writeString(file, """
                CREATE TABLE customers (id INTEGER PRIMARY KEY);

                CREATE INDEX orders_customer_idx ON no_such_table (customer_id);
                """);
        Set<String> before = scratchFiles();

        BadInputException error = read(kind, file);

        Set<String> created = scratchFiles();
        created.removeAll(before);
        assertThat(error.getMessage()).startsWith(file + ":3: ").contains("no such table");
        assertThat(created).as("scratch files of the call left in %s", System.getProperty("java.io.tmpdir")).isEmpty();
    }

    private static BadInputException read(DatabaseKind kind, Path file) {
        SchemaReader reader = new SchemaReader(TestServers.server(kind), Set.of());
        BadInputException error = catchThrowableOfType(BadInputException.class,
                () -> reader.read(new SchemaSource.SqlFiles(List.of(file))));
        assertThat(error).as("reading a schema file with a SQL error is bad input").isNotNull();
        return error;
    }

    private static Set<String> scratchDatabases(Database server) {
        String sql = server.url().kind() == DatabaseKind.POSTGRES
                ? "SELECT datname FROM pg_database WHERE datname LIKE 'strata\\_scratch\\_model%'"
                : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'strata\\_scratch\\_model%'";
        try (JdbcSession session = server.open()) {
            return new HashSet<>(session.query(sql, r -> r.getString(1)));
        }
    }

    private static Set<String> scratchFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }
}
