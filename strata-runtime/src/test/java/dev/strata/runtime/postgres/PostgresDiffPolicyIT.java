package dev.strata.runtime.postgres;

import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.Dialects;
import dev.strata.runtime.config.DatabaseKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model written by hand, the way a person spells types, defaults and names, against what the server reports
 * for the same schema: the PostgreSQL policy makes them the same, where the default policy would not.
 */
class PostgresDiffPolicyIT {

    @Test
    void theDialectAnswersWithThePostgresParts() {
        Dialect dialect = Dialects.of(DatabaseKind.POSTGRES);
        assertThat(dialect.inspector()).isInstanceOf(PostgresInspector.class);
        assertThat(dialect.diffPolicy()).isInstanceOf(PostgresDiffPolicy.class);
    }

    @Test
    void aHandWrittenModelMatchesTheInspectedDatabase() {
        try (ScratchPostgres db = ScratchPostgres.create("policy_hand")) {
            db.run("""
                    CREATE TYPE mood AS ENUM ('sad', 'ok');
                    CREATE TABLE users (
                        id serial PRIMARY KEY,
                        ext bigint GENERATED ALWAYS AS IDENTITY,
                        email varchar(255) NOT NULL,
                        feeling mood DEFAULT 'ok',
                        created timestamptz NOT NULL DEFAULT now(),
                        tags jsonb DEFAULT '{}',
                        amount numeric(10),
                        label text DEFAULT 'new',
                        CHECK (length(email) > 3));
                    CREATE INDEX ON users (email);
                    CREATE VIEW user_ids AS SELECT id FROM users;
                    """);
            Schema inspected = db.inspect();

            Table users = new Table("users", List.of(
                    Column.of("id", "serial").notNull().withIdentity(Identity.serial()),
                    Column.of("ext", "int8").notNull().withIdentity(Identity.always()),
                    Column.of("email", "varchar(255)").notNull(),
                    Column.of("feeling", "mood").withDefault("'ok'"),
                    Column.of("created", "timestamptz").notNull().withDefault("CURRENT_TIMESTAMP"),
                    Column.of("tags", "jsonb").withDefault("'{}'"),
                    Column.of("amount", "numeric(10, 0)"),
                    Column.of("label", "text").withDefault("'new'")),
                    PrimaryKey.of("id"), List.of(), List.of(),
                    List.of(CheckConstraint.of("users_email_check1", "length(email) > 3")), List.of(),
                    List.of(Index.on("users_email_idx1", "email")), null, java.util.Map.of());
            Schema model = new Schema(List.of(new Namespace("public", List.of(users),
                    List.of(View.of("user_ids", "SELECT users.id FROM public.users;")), List.of(),
                    List.of(EnumType.of("mood", "sad", "ok")), List.of())), List.of());

            SchemaDiff diff = new SchemaDiffer(new PostgresDiffPolicy()).diff(inspected, model);
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.operations()).isEmpty();
            assertThat(new SchemaDiffer(new PostgresDiffPolicy()).diff(model, inspected).isEmpty()).isTrue();
            assertThat(new SchemaDiffer().diff(inspected, model).isEmpty()).as("the default policy sees differences").isFalse();
        }
    }
}
