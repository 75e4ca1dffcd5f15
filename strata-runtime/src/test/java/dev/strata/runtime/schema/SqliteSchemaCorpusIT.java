package dev.strata.runtime.schema;

import dev.strata.runtime.config.DatabaseKind;

/** The schema-diff proof corpus on SQLite: every case folder of {@code src/test/resources/corpus/sqlite}. */
class SqliteSchemaCorpusIT extends SchemaCorpusContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }
}
