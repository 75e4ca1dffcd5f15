package dev.strata.runtime.postgres;

import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.runtime.postgres.ScratchPostgres.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Secondary indexes: unique, partial, expression, INCLUDE, access methods, operator classes, order and NULLS. */
class PostgresInspectorIndexesIT {

    @Test
    void btreeIndexesOfEveryShape() {
        try (ScratchPostgres db = ScratchPostgres.create("indexes_btree")) {
            db.run("""
                    CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), name text, org int, deleted_at timestamptz,
                                        score int, nick text);
                    CREATE UNIQUE INDEX users_email_live ON users (email) WHERE deleted_at IS NULL;
                    CREATE INDEX users_lower_email ON users (lower(email::text));
                    CREATE INDEX users_org_cover ON users (org) INCLUDE (name, score);
                    CREATE INDEX users_email_prefix ON users (email varchar_pattern_ops);
                    CREATE INDEX users_name_prefix ON users (name text_pattern_ops);
                    CREATE INDEX users_score_desc ON users (score DESC NULLS LAST, org ASC NULLS FIRST, id DESC);
                    CREATE INDEX users_nick_c ON users (nick COLLATE "C");
                    CREATE UNIQUE INDEX users_org_nick ON users (org, nick) NULLS NOT DISTINCT;
                    CREATE INDEX ON users (org, (score + 1));
                    """);
            Table users = table(db.inspect(), "public", "users");
            assertThat(users.indexes()).containsExactly(
                    new Index("users_email_live", true, null, List.of(IndexElement.column("email")), List.of(), "deleted_at IS NULL", false),
                    Index.on("users_email_prefix", "email").withElements(List.of(IndexElement.column("email").withOpclass("varchar_pattern_ops"))),
                    Index.of("users_lower_email", IndexElement.expression("lower(email::text)")),
                    Index.of("users_name_prefix", IndexElement.column("name").withOpclass("text_pattern_ops")),
                    Index.of("users_nick_c", IndexElement.column("nick").withCollation("C")),
                    Index.of("users_org_cover", IndexElement.column("org")).including("name", "score"),
                    Index.of("users_org_expr_idx", IndexElement.column("org"), IndexElement.expression("(score + 1)")),
                    new Index("users_org_nick", true, null, List.of(IndexElement.column("org"), IndexElement.column("nick")), List.of(), null, true),
                    Index.of("users_score_desc", IndexElement.column("score").desc().nullsFirst(false),
                            IndexElement.column("org").nullsFirst(true), IndexElement.column("id").desc()));
            assertThat(new PostgresDiffPolicy().isGeneratedIndexName(users, users.index("users_org_expr_idx").orElseThrow())).isTrue();
            assertThat(new PostgresDiffPolicy().isGeneratedIndexName(users, users.index("users_org_cover").orElseThrow())).isFalse();
        }
    }

    @Test
    void otherAccessMethods() {
        try (ScratchPostgres db = ScratchPostgres.create("indexes_methods")) {
            db.run("""
                    CREATE TABLE doc (id int, body jsonb, tags text[], during tstzrange, at timestamptz, code text, words tsvector);
                    CREATE INDEX doc_body ON doc USING gin (body);
                    CREATE INDEX doc_body_path ON doc USING gin (body jsonb_path_ops);
                    CREATE INDEX doc_tags ON doc USING gin (tags);
                    CREATE INDEX doc_during ON doc USING gist (during);
                    CREATE INDEX doc_at ON doc USING brin (at);
                    CREATE INDEX doc_code ON doc USING hash (code);
                    CREATE INDEX doc_words ON doc USING gist (words);
                    CREATE INDEX doc_search ON doc USING gin (to_tsvector('english'::regconfig, code));
                    """);
            Table doc = table(db.inspect(), "public", "doc");
            assertThat(doc.indexes()).containsExactly(
                    Index.on("doc_at", "at").using("brin"),
                    Index.on("doc_body", "body").using("gin"),
                    Index.of("doc_body_path", IndexElement.column("body").withOpclass("jsonb_path_ops")).using("gin"),
                    Index.on("doc_code", "code").using("hash"),
                    Index.on("doc_during", "during").using("gist"),
                    Index.of("doc_search", IndexElement.expression("to_tsvector('english'::regconfig, code)")).using("gin"),
                    Index.on("doc_tags", "tags").using("gin"),
                    Index.on("doc_words", "words").using("gist"));
        }
    }

    @Test
    void indexesOfConstraintsAreNotIndexes() {
        try (ScratchPostgres db = ScratchPostgres.create("indexes_constraints")) {
            db.run("""
                    CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE, r int4range, EXCLUDE USING gist (r WITH &&));
                    CREATE UNIQUE INDEX t_code_again ON t (code);
                    """);
            Table t = table(db.inspect(), "public", "t");
            assertThat(t.indexes()).containsExactly(Index.unique("t_code_again", "code"));
            assertThat(t.uniques()).hasSize(1);
            assertThat(t.exclusions()).hasSize(1);
        }
    }
}
