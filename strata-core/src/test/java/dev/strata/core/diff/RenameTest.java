package dev.strata.core.diff;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.diff.Fixtures.NS;
import static dev.strata.core.diff.Fixtures.USERS;
import static dev.strata.core.diff.Fixtures.orders;
import static dev.strata.core.diff.Fixtures.schema;
import static dev.strata.core.diff.Fixtures.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenameTest {
    private final SchemaDiffer differ = new SchemaDiffer();

    private static Table usersWithMail() {
        return users().withColumns(users().columns().get(0), Column.of("mail", "varchar(255)").notNull(), users().columns().get(2))
                .withIndexes(Index.unique("ix_users_email", "mail"));
    }

    @Test
    void aDroppedAndAnAddedColumnOfTheSameTypeAreReportedNotGuessed() {
        Table after = usersWithMail().withIndexes(List.of());

        SchemaDiff diff = differ.diff(schema(users().withIndexes(List.of())), schema(after));

        assertThat(diff.operations()).containsExactly(
                new AddColumn(USERS, Column.of("mail", "varchar(255)").notNull()),
                new DropColumn(USERS, users().columns().get(1)));
        assertThat(diff.differences()).contains(new Difference("public.users.email", Difference.POSSIBLE_RENAME,
                "column email dropped and mail added with the same type varchar(255); if it is a rename, say --rename users.email=mail"));
    }

    @Test
    void aColumnOfAnotherTypeIsNotAPossibleRename() {
        Table after = users().withColumns(users().columns().get(0), Column.of("age", "integer"), users().columns().get(2))
                .withIndexes(List.of());
        SchemaDiff diff = differ.diff(schema(users().withIndexes(List.of())), schema(after));
        assertThat(diff.differences()).extracting(Difference::kind).doesNotContain(Difference.POSSIBLE_RENAME);
    }

    @Test
    void aRenameGivenBecomesARenameAndWhatFollowsTheColumnIsNoChange() {
        SchemaDiff diff = differ.diff(schema(users()), schema(usersWithMail()), DiffOptions.renaming("users.email=mail"));

        assertThat(diff.operations()).containsExactly(new RenameColumn(USERS, "email", "mail"));
        assertThat(diff.differences()).containsExactly(new Difference("public.users.email", "column-renamed", "to mail"));
        assertThat(diff.downgrade()).containsExactly(new RenameColumn(USERS, "mail", "email"));
    }

    @Test
    void aRenamedColumnThatAlsoChangesIsRenamedThenAltered() {
        Table after = usersWithMail().withColumns(users().columns().get(0), Column.of("mail", "text").notNull(), users().columns().get(2));

        SchemaDiff diff = differ.diff(schema(users()), schema(after), DiffOptions.renaming("public.users.email=mail"));

        assertThat(diff.operations()).containsExactly(
                new RenameColumn(USERS, "email", "mail"),
                new AlterColumn(USERS, Column.of("mail", "character varying(255)").notNull(), Column.of("mail", "text").notNull()));
    }

    @Test
    void aTableRenameCarriesItsForeignKeysAlong() {
        Table people = users().withName("people");
        Table ordersOfPeople = orders().withForeignKeys(
                ForeignKey.of("fk_orders_user", List.of("user_id"), TableRef.of(NS, "people"), List.of("id")));

        SchemaDiff guessed = differ.diff(schema(users(), orders()), schema(people, ordersOfPeople));
        assertThat(guessed.operations()).filteredOn(op -> op instanceof RenameTable).isEmpty();
        assertThat(guessed.operations()).contains(new DropTable(NS, users().withIndexes(List.of())),
                new CreateTable(NS, people.withIndexes(List.of())));
        assertThat(guessed.differences()).contains(new Difference("public.users", Difference.POSSIBLE_RENAME,
                "table users dropped and people added with the same columns; if it is a rename, say --rename public.users=people"));

        SchemaDiff told = differ.diff(schema(users(), orders()), schema(people, ordersOfPeople), DiffOptions.renaming("users=people"));
        assertThat(told.operations()).containsExactly(new RenameTable(NS, "users", "people"));
        assertThat(told.downgrade()).containsExactly(new RenameTable(NS, "people", "users"));
    }

    @Test
    void renamesOfATableAndItsColumnsGoTogether() {
        Table before = Table.of("t", Column.of("a", "int").notNull()).withPrimaryKey(PrimaryKey.of("a"));
        Table after = Table.of("u", Column.of("b", "int").notNull()).withPrimaryKey(PrimaryKey.of("b"));

        SchemaDiff diff = differ.diff(schema(before), schema(after), DiffOptions.renaming("t=u", "t.a=b"));

        assertThat(diff.operations()).containsExactly(
                new RenameTable(NS, "t", "u"),
                new RenameColumn(TableRef.of(NS, "u"), "a", "b"));
    }

    @Test
    void aForeignKeyToARenamedColumnIsUnchanged() {
        Table usersRenamed = users().withColumns(Column.of("user_id", "bigint").notNull(), users().columns().get(1), users().columns().get(2))
                .withPrimaryKey(PrimaryKey.of("user_id").named("users_pkey"));
        Table ordersAfter = orders().withForeignKeys(ForeignKey.of("fk_orders_user", List.of("user_id"), USERS, List.of("user_id")));

        SchemaDiff diff = differ.diff(schema(users(), orders()), schema(usersRenamed, ordersAfter), DiffOptions.renaming("users.id=user_id"));

        assertThat(diff.operations()).containsExactly(new RenameColumn(USERS, "id", "user_id"));
    }

    @Test
    void thePossibleRenameHintNamesTheTableAsTheDatabaseHasIt() {
        Table before = Table.of("t", Column.of("a", "int"));
        Table after = Table.of("u", Column.of("b", "int"));

        SchemaDiff diff = differ.diff(schema(before), schema(after), DiffOptions.renaming("t=u"));

        assertThat(diff.differences()).contains(new Difference("public.u.a", Difference.POSSIBLE_RENAME,
                "column a dropped and b added with the same type int; if it is a rename, say --rename t.a=b"));
        SchemaDiff told = differ.diff(schema(before), schema(after), DiffOptions.renaming("t=u", "t.a=b"));
        assertThat(told.operations()).containsExactly(new RenameTable(NS, "t", "u"), new RenameColumn(TableRef.of(NS, "u"), "a", "b"));
    }

    @Test
    void renamesThatDoNotFitAreRefusedWithAHint() {
        Schema from = schema(users());
        Schema to = schema(usersWithMail());
        assertThatThrownBy(() -> differ.diff(from, to, DiffOptions.renaming("users.nope=mail")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no column nope");
        assertThatThrownBy(() -> differ.diff(from, to, DiffOptions.renaming("users.email=nope")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no column nope");
        assertThatThrownBy(() -> differ.diff(from, to, DiffOptions.renaming("users.email=id")))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> DiffOptions.renaming("users.email"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bad rename");
        assertThatThrownBy(() -> DiffOptions.renaming("a.b=c.d"))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void aTwoPartRenameThatIsBothTableAndColumnIsAmbiguous() {
        Table t = Table.of("public", Column.of("x", "int"));
        Schema from = Schema.of(Namespace.of("public", Table.of("x", Column.of("a", "int")), t));
        Schema to = Schema.of(Namespace.of("public", Table.of("y", Column.of("a", "int")), t.withColumns(Column.of("y", "int"))));
        assertThatThrownBy(() -> differ.diff(from, to, DiffOptions.renaming("public.x=y")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("ambiguous");
    }
}
