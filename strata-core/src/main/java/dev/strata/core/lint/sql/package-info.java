/**
 * The statement model lint rules judge: what a parsed migration statement does, independent of the parser
 * that produced it (the runtime's JSqlParser-based reader). Names are normalized the way the database
 * folds them (unquoted PostgreSQL names lowercased, quoted ones kept; MariaDB and SQLite names lowercased),
 * and a table is {@code schema.name} only when a schema other than the default was written.
 */
package dev.strata.core.lint.sql;
