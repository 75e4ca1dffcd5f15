package dev.strata.core.diff;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddExclusion;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.DropCheck;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropExclusion;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropPrimaryKey;
import dev.strata.core.ops.DropUnique;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.diff.Fixtures.ORDERS;
import static dev.strata.core.diff.Fixtures.USERS;
import static dev.strata.core.diff.Fixtures.orders;
import static dev.strata.core.diff.Fixtures.ordersUserFk;
import static dev.strata.core.diff.Fixtures.schema;
import static dev.strata.core.diff.Fixtures.users;
import static org.assertj.core.api.Assertions.assertThat;

class ConstraintDiffTest {
    private final SchemaDiffer differ = new SchemaDiffer();

    private SchemaDiff diffUsers(Table before, Table after) {
        return differ.diff(schema(before), schema(after));
    }

    @Test
    void aChangedPrimaryKeyIsDroppedThenAdded() {
        Table after = users().withPrimaryKey(PrimaryKey.of("id", "email").named("users_pkey"));

        SchemaDiff diff = diffUsers(users(), after);

        assertThat(diff.operations()).containsExactly(
                new DropPrimaryKey(USERS, users().primaryKey()),
                new AddPrimaryKey(USERS, after.primaryKey()));
        assertThat(diff.differences()).containsExactly(
                new Difference("public.users.users_pkey", "primary-key-changed", "(id) -> (id, email)"));
    }

    @Test
    void anUnnamedPrimaryKeyMatchesANamedOneOnTheSameColumns() {
        assertThat(diffUsers(users(), users().withPrimaryKey(PrimaryKey.of("id"))).isEmpty()).isTrue();
    }

    @Test
    void aForeignKeyIsRecreatedAroundTheKeyItReferences() {
        Table usersAfter = users().withPrimaryKey(PrimaryKey.of("id").named("users_id_pk"));

        SchemaDiff diff = differ.diff(schema(users(), orders()), schema(usersAfter, orders()));

        assertThat(diff.operations()).containsExactly(
                new DropForeignKey(ORDERS, ordersUserFk()),
                new DropPrimaryKey(USERS, users().primaryKey()),
                new AddPrimaryKey(USERS, usersAfter.primaryKey()),
                new AddForeignKey(ORDERS, ordersUserFk()));
        assertThat(diff.differences()).extracting(Difference::kind)
                .containsExactly("primary-key-changed", "foreign-key-recreated");
    }

    @Test
    void everyPartOfAForeignKeyIsCompared() {
        List<ForeignKey> changed = List.of(
                ordersUserFk().onDelete(ReferentialAction.CASCADE),
                ordersUserFk().onUpdate(ReferentialAction.SET_NULL),
                ordersUserFk().deferrable(true),
                ordersUserFk().notValid());
        for (ForeignKey after : changed) {
            SchemaDiff diff = differ.diff(schema(users(), orders()), schema(users(), orders().withForeignKeys(after)));
            assertThat(diff.operations()).as("%s", after).containsExactly(
                    new DropForeignKey(ORDERS, ordersUserFk()), new AddForeignKey(ORDERS, after));
        }
        assertThat(differ.diff(schema(users(), orders()),
                schema(users(), orders().withForeignKeys(ordersUserFk().onDelete(ReferentialAction.NO_ACTION)))).isEmpty()).isTrue();
    }

    @Test
    void uniqueChecksAndExclusionsAreAddedAndDropped() {
        UniqueConstraint unique = UniqueConstraint.of("uq_users_email", "email");
        CheckConstraint check = CheckConstraint.of("ck_users_email", "char_length(email) > 3");
        ExclusionConstraint exclusion = ExclusionConstraint.of("ex_users", "gist", ExclusionConstraint.Element.of("email", "="));
        Table with = users().withUniques(unique).withChecks(check).withExclusions(exclusion);

        assertThat(diffUsers(users(), with).operations()).containsExactly(
                new AddUnique(USERS, unique), new AddCheck(USERS, check), new AddExclusion(USERS, exclusion));
        assertThat(diffUsers(with, users()).operations()).containsExactly(
                new DropUnique(USERS, unique), new DropCheck(USERS, check), new DropExclusion(USERS, exclusion));
    }

    @Test
    void checksAreComparedByMeaning() {
        Table before = users().withChecks(CheckConstraint.of("ck", "((char_length((email)::text) > 3) AND (email ~~ '%@%'::text))"));
        Table same = users().withChecks(CheckConstraint.of("ck", "char_length(email) > 3 and email like '%@%'"));
        Table changed = users().withChecks(CheckConstraint.of("ck", "char_length(email) > 4 and email like '%@%'"));

        assertThat(diffUsers(before, same).isEmpty()).isTrue();
        assertThat(diffUsers(before, changed).operations()).containsExactly(
                new DropCheck(USERS, before.checks().get(0)), new AddCheck(USERS, changed.checks().get(0)));
        assertThat(diffUsers(before, before.withChecks(before.checks().get(0).notValid())).operations()).hasSize(2);
    }

    @Test
    void indexesAreComparedByMeaning() {
        Index before = Index.of("ix", IndexElement.column("a"), IndexElement.expression("lower((email)::text)").desc().nullsFirst(true))
                .using("btree").where("(deleted_at IS NULL)");
        Index same = Index.of("ix", IndexElement.column("a"), IndexElement.expression("lower(email)").desc()).where("deleted_at is null");

        assertThat(diffUsers(users().withIndexes(before), users().withIndexes(same)).isEmpty()).isTrue();
    }

    @Test
    void everyPartOfAnIndexIsCompared() {
        Index base = Index.on("ix", "email");
        List<Index> changed = List.of(
                base.asUnique(), base.using("hash"), base.including("id"), base.where("id > 0"),
                base.withElements(List.of(IndexElement.column("email").desc())),
                base.withElements(List.of(IndexElement.column("email").nullsFirst(true))),
                base.withElements(List.of(IndexElement.column("email").withOpclass("text_pattern_ops"))),
                base.withElements(List.of(IndexElement.column("email").withCollation("C"))),
                base.withElements(List.of(IndexElement.column("email"), IndexElement.column("id"))));
        for (Index after : changed) {
            assertThat(diffUsers(users().withIndexes(base), users().withIndexes(after)).operations()).as("%s", after)
                    .containsExactly(new DropIndex(USERS, base), new CreateIndex(USERS, after));
        }
    }

    @Test
    void indexesWithGeneratedNamesMatchByDefinition() {
        DiffPolicy postgresNames = new DiffPolicy() {
            @Override
            public boolean isGeneratedIndexName(Table table, Index index) {
                return index.name().startsWith(table.name() + "_");
            }
        };
        Table before = users().withIndexes(Index.on("users_email_idx", "email"), Index.on("users_created_at_idx", "created_at"));
        Table after = users().withIndexes(Index.on("users_email_idx1", "email"), Index.on("ix_created", "created_at"));

        SchemaDiff diff = new SchemaDiffer(postgresNames).diff(schema(before), schema(after));

        assertThat(diff.operations()).containsExactly(
                new DropIndex(USERS, before.indexes().get(1)), new CreateIndex(USERS, after.indexes().get(1)));
        assertThat(new SchemaDiffer().diff(schema(before), schema(after)).operations()).hasSize(4);
    }

    @Test
    void unnamedConstraintsMatchByDefinition() {
        Table before = users().withUniques(UniqueConstraint.of("users_email_key", "email"))
                .withChecks(CheckConstraint.of("users_email_check", "(email <> ''::text)"));
        Table after = users().withUniques(UniqueConstraint.of(null, "email"))
                .withChecks(CheckConstraint.of(null, "email <> ''"));

        assertThat(diffUsers(before, after).isEmpty()).isTrue();
    }

    @Test
    void aColumnDroppedWithItsIndexDropsTheIndexFirst() {
        Table after = users().withColumns(users().columns().get(0), users().columns().get(2)).withIndexes(List.of());

        assertThat(diffUsers(users(), after).operations()).containsExactly(
                new DropIndex(USERS, users().indexes().get(0)),
                new DropColumn(USERS, users().columns().get(1)));
    }
}
