package dev.strata.core.diff;

import dev.strata.core.error.NotReversibleException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.ops.AddEnumValue;
import dev.strata.core.ops.AlterDomain;
import dev.strata.core.ops.AlterExtension;
import dev.strata.core.ops.AlterSequence;
import dev.strata.core.ops.CreateDomain;
import dev.strata.core.ops.CreateEnumType;
import dev.strata.core.ops.CreateExtension;
import dev.strata.core.ops.CreateSequence;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.DropDomain;
import dev.strata.core.ops.DropEnumType;
import dev.strata.core.ops.DropExtension;
import dev.strata.core.ops.DropSequence;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.ReplaceEnumType;
import org.junit.jupiter.api.Test;

import static dev.strata.core.diff.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypeDiffTest {
    private final SchemaDiffer differ = new SchemaDiffer();
    private static final EnumType MOOD = EnumType.of("mood", "sad", "ok");
    private static final Domain EMAIL = Domain.of("email", ColumnType.parse("text"))
            .withChecks(CheckConstraint.of("email_check", "VALUE ~ '@'"));
    private static final Sequence SEQ = Sequence.of("order_no").startingAt(1000).incrementingBy(1);
    private static final Table PEOPLE = Table.of("people", Column.of("mood", "mood"), Column.of("email", "email"),
            Column.of("no", "bigint").withDefault("nextval('order_no'::regclass)"));

    private static Schema with(Namespace namespace, Extension... extensions) {
        return Schema.of(namespace).withExtensions(extensions);
    }

    @Test
    void typesAndSequencesComeBeforeTheTablesThatUseThemAndGoAfter() {
        Schema empty = Schema.of(Namespace.of(NS));
        Schema full = with(Namespace.of(NS, PEOPLE).withEnumTypes(MOOD).withDomains(EMAIL).withSequences(SEQ), Extension.of("citext"));

        SchemaDiff up = differ.diff(empty, full);
        assertThat(up.operations()).containsExactly(
                new CreateExtension(Extension.of("citext")),
                new CreateEnumType(NS, MOOD),
                new CreateDomain(NS, EMAIL),
                new CreateSequence(NS, SEQ),
                new CreateTable(NS, PEOPLE));
        assertThat(differ.diff(full, empty).operations()).containsExactly(
                new DropTable(NS, PEOPLE),
                new DropSequence(NS, SEQ),
                new DropDomain(NS, EMAIL),
                new DropEnumType(NS, MOOD),
                new DropExtension(Extension.of("citext")));
        assertThat(up.downgrade()).isEqualTo(differ.diff(full, empty).operations());
    }

    @Test
    void addedEnumValuesAreAddedInPlaceAndCannotBeReversed() {
        EnumType after = EnumType.of("mood", "happy", "sad", "meh", "ok", "great");

        SchemaDiff diff = differ.diff(Schema.of(Namespace.of(NS).withEnumTypes(MOOD)), Schema.of(Namespace.of(NS).withEnumTypes(after)));

        assertThat(diff.operations()).containsExactly(
                new AddEnumValue(NS, "mood", "happy", "sad", null),
                new AddEnumValue(NS, "mood", "meh", null, "sad"),
                new AddEnumValue(NS, "mood", "great", null, "ok"));
        assertThat(diff.differences()).containsExactly(new Difference("public.mood", "enum-type-changed", "values added: happy, meh, great"));
        assertThatThrownBy(diff::downgrade).isInstanceOf(NotReversibleException.class)
                .hasMessageContaining("PostgreSQL cannot remove a value from an enum type");
    }

    @Test
    void removedOrReorderedEnumValuesReplaceTheType() {
        EnumType reordered = EnumType.of("mood", "ok", "sad");
        SchemaDiff diff = differ.diff(Schema.of(Namespace.of(NS).withEnumTypes(MOOD)), Schema.of(Namespace.of(NS).withEnumTypes(reordered)));
        assertThat(diff.operations()).containsExactly(new ReplaceEnumType(NS, MOOD, reordered));
        assertThat(diff.downgrade()).containsExactly(new ReplaceEnumType(NS, reordered, MOOD));
    }

    @Test
    void domainsAndSequencesAreAltered() {
        Domain domain = EMAIL.notNull();
        Sequence sequence = SEQ.incrementingBy(10);
        Schema before = Schema.of(Namespace.of(NS).withDomains(EMAIL).withSequences(SEQ));
        Schema after = Schema.of(Namespace.of(NS).withDomains(domain).withSequences(sequence));

        assertThat(differ.diff(before, after).operations()).containsExactly(
                new AlterDomain(NS, EMAIL, domain), new AlterSequence(NS, SEQ, sequence));
        Schema spelledDifferently = Schema.of(Namespace.of(NS)
                .withDomains(Domain.of("email", ColumnType.parse("TEXT")).withChecks(CheckConstraint.of("email_check", "(VALUE ~ '@'::text)")))
                .withSequences(Sequence.of("order_no").withDataType(ColumnType.parse("int8"))));
        assertThat(differ.diff(before, spelledDifferently).isEmpty()).isTrue();
    }

    @Test
    void extensionVersionsAreComparedWhenPinned() {
        Schema before = Schema.of(Namespace.of(NS)).withExtensions(new Extension("pgcrypto", "public", "1.3"));
        Schema unpinned = Schema.of(Namespace.of(NS)).withExtensions(Extension.of("pgcrypto"));
        Schema newer = Schema.of(Namespace.of(NS)).withExtensions(new Extension("pgcrypto", "public", "1.4"));

        assertThat(differ.diff(before, unpinned).isEmpty()).isTrue();
        assertThat(differ.diff(before, newer).operations()).containsExactly(
                new AlterExtension(new Extension("pgcrypto", "public", "1.3"), new Extension("pgcrypto", "public", "1.4")));
    }
}
