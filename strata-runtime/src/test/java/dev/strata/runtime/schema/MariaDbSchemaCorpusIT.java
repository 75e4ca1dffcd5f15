package dev.strata.runtime.schema;

import dev.strata.runtime.config.DatabaseKind;

/** The schema-diff proof corpus on MariaDB: every case folder of {@code src/test/resources/corpus/mariadb}. */
class MariaDbSchemaCorpusIT extends SchemaCorpusContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
