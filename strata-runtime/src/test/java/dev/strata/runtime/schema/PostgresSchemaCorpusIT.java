package dev.strata.runtime.schema;

import dev.strata.runtime.config.DatabaseKind;

/** The schema-diff proof corpus on PostgreSQL: every case folder of {@code src/test/resources/corpus/postgres}. */
class PostgresSchemaCorpusIT extends SchemaCorpusContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }
}
