package dev.strata.runtime.postgres;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.View;
import dev.strata.core.ops.AddEnumValue;
import dev.strata.core.ops.AlterDomain;
import dev.strata.core.ops.AlterExtension;
import dev.strata.core.ops.AlterSequence;
import dev.strata.core.ops.CreateDomain;
import dev.strata.core.ops.CreateEnumType;
import dev.strata.core.ops.CreateExtension;
import dev.strata.core.ops.CreateSchema;
import dev.strata.core.ops.CreateSequence;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropDomain;
import dev.strata.core.ops.DropEnumType;
import dev.strata.core.ops.DropExtension;
import dev.strata.core.ops.DropSchema;
import dev.strata.core.ops.DropSequence;
import dev.strata.core.ops.DropView;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.ReplaceEnumType;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetViewComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Schemas, extensions, enum types, domains, sequences and views on PostgreSQL. */
final class PostgresObjectRenderer {
    private final PostgresClauses sql;

    PostgresObjectRenderer(PostgresClauses sql) {
        this.sql = sql;
    }

    /** Renders the operation if it is one of this class's kinds; false otherwise. */
    boolean render(Operation operation, PostgresRenderer.Script script) {
        if (operation instanceof CreateSchema op) {
            script.add("CREATE SCHEMA " + sql.quote(op.name()));
        } else if (operation instanceof DropSchema op) {
            script.add("DROP SCHEMA " + sql.quote(op.name()));
        } else if (operation instanceof CreateExtension op) {
            createExtension(op.extension(), script);
        } else if (operation instanceof DropExtension op) {
            script.add("DROP EXTENSION " + sql.quote(op.extension().name()));
        } else if (operation instanceof AlterExtension op) {
            alterExtension(op.from(), op.to(), script);
        } else if (operation instanceof CreateEnumType op) {
            script.add(createEnum(op.namespace(), op.type()));
        } else if (operation instanceof DropEnumType op) {
            script.add("DROP TYPE " + sql.qualified(op.namespace(), op.type().name()));
        } else if (operation instanceof AddEnumValue op) {
            addEnumValue(op, script);
        } else if (operation instanceof ReplaceEnumType op) {
            new PostgresEnumReplacement(sql).render(op, script);
        } else if (operation instanceof CreateDomain op) {
            script.add(createDomain(op.namespace(), op.domain()));
        } else if (operation instanceof DropDomain op) {
            script.add("DROP DOMAIN " + sql.qualified(op.namespace(), op.domain().name()));
        } else if (operation instanceof AlterDomain op) {
            alterDomain(op.namespace(), op.from(), op.to(), script);
        } else if (operation instanceof CreateSequence op) {
            script.add(createSequence(op.namespace(), op.sequence()));
        } else if (operation instanceof DropSequence op) {
            script.add("DROP SEQUENCE " + sql.qualified(op.namespace(), op.sequence().name()));
        } else if (operation instanceof AlterSequence op) {
            alterSequence(op.namespace(), op.from(), op.to(), script);
        } else if (operation instanceof CreateView op) {
            createView(op.namespace(), op.view(), script);
        } else if (operation instanceof DropView op) {
            dropView(op.namespace(), op.view(), script);
        } else if (operation instanceof ReplaceView op) {
            replaceView(op.namespace(), op.from(), op.to(), script);
        } else if (operation instanceof SetViewComment op) {
            viewComment(op.view(), script.isMaterializedView(op.view()), op.to(), script);
        } else {
            return false;
        }
        return true;
    }

    private void createExtension(Extension extension, PostgresRenderer.Script script) {
        script.add("CREATE EXTENSION " + sql.quote(extension.name())
                + (extension.schema() == null ? "" : " SCHEMA " + sql.quote(extension.schema()))
                + (extension.version() == null ? "" : " VERSION " + sql.literal(extension.version())));
    }

    private void alterExtension(Extension from, Extension to, PostgresRenderer.Script script) {
        String alter = "ALTER EXTENSION " + sql.quote(to.name()) + " ";
        if (to.version() != null && !to.version().equals(from.version())) {
            script.add(alter + "UPDATE TO " + sql.literal(to.version()));
        }
        if (to.schema() != null && !to.schema().equals(from.schema())) {
            script.add(alter + "SET SCHEMA " + sql.quote(to.schema()));
        }
    }

    String createEnum(String namespace, EnumType type) {
        List<String> values = new ArrayList<>();
        type.values().forEach(value -> values.add(sql.literal(value)));
        return "CREATE TYPE " + sql.qualified(namespace, type.name()) + " AS ENUM (" + String.join(", ", values) + ")";
    }

    private void addEnumValue(AddEnumValue op, PostgresRenderer.Script script) {
        script.note("ALTER TYPE … ADD VALUE runs inside a transaction on PostgreSQL 12 and later (Strata's minimum),"
                + " but the new value cannot be used until the transaction commits");
        String where = op.before() != null ? " BEFORE " + sql.literal(op.before())
                : op.after() != null ? " AFTER " + sql.literal(op.after()) : "";
        script.add("ALTER TYPE " + sql.qualified(op.namespace(), op.typeName()) + " ADD VALUE " + sql.literal(op.value()) + where);
    }

    private String createDomain(String namespace, Domain domain) {
        StringBuilder out = new StringBuilder("CREATE DOMAIN ").append(sql.qualified(namespace, domain.name()))
                .append(" AS ").append(domain.baseType().sql());
        if (domain.collation() != null) {
            out.append(" COLLATE ").append(sql.nameOrSql(domain.collation()));
        }
        if (domain.defaultExpression() != null) {
            out.append(" DEFAULT ").append(domain.defaultExpression());
        }
        if (!domain.nullable()) {
            out.append(" NOT NULL");
        }
        for (CheckConstraint check : domain.checks()) {
            out.append(' ').append(sql.check(check));
        }
        return out.toString();
    }

    private void alterDomain(String namespace, Domain from, Domain to, PostgresRenderer.Script script) {
        String name = sql.qualified(namespace, to.name());
        if (!from.baseType().equals(to.baseType()) || !Objects.equals(from.collation(), to.collation())) {
            throw new BadInputException("PostgreSQL cannot change the base type or collation of domain " + namespace + "."
                    + to.name() + " in place", "create a new domain, move the columns to it, and drop the old one");
        }
        String alter = "ALTER DOMAIN " + name + " ";
        for (CheckConstraint check : from.checks()) {
            if (!to.checks().contains(check)) {
                if (check.name() == null) {
                    throw new BadInputException("cannot drop a check without a name from domain " + namespace + "." + to.name(),
                            "name the check in the model as the database has it");
                }
                script.add(alter + "DROP CONSTRAINT " + sql.quote(check.name()));
            }
        }
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            script.add(alter + (to.defaultExpression() == null ? "DROP DEFAULT" : "SET DEFAULT " + to.defaultExpression()));
        }
        if (from.nullable() != to.nullable()) {
            script.add(alter + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        for (CheckConstraint check : to.checks()) {
            if (!from.checks().contains(check)) {
                script.add(alter + "ADD " + sql.check(check) + (check.validated() ? "" : " NOT VALID"));
            }
        }
    }

    private String createSequence(String namespace, Sequence sequence) {
        StringBuilder out = new StringBuilder("CREATE SEQUENCE ").append(sql.qualified(namespace, sequence.name()));
        if (sequence.dataType() != null) {
            out.append(" AS ").append(sequence.dataType().sql());
        }
        appendOption(out, "INCREMENT BY", sequence.increment());
        appendOption(out, "MINVALUE", sequence.minValue());
        appendOption(out, "MAXVALUE", sequence.maxValue());
        appendOption(out, "START WITH", sequence.start());
        appendOption(out, "CACHE", sequence.cache());
        if (sequence.cycle()) {
            out.append(" CYCLE");
        }
        return out.toString();
    }

    private static void appendOption(StringBuilder out, String option, Long value) {
        if (value != null) {
            out.append(' ').append(option).append(' ').append(value);
        }
    }

    /**
     * Only the settings {@code to} states and that differ; a null setting is "left as it is". New bounds that
     * exclude values the old ones allowed may exclude the sequence's current value, which the model does not
     * know, and PostgreSQL then refuses the ALTER; see {@link PostgresSequenceBounds}.
     */
    private void alterSequence(String namespace, Sequence from, Sequence to, PostgresRenderer.Script script) {
        PostgresSequenceBounds bounds = new PostgresSequenceBounds(from, to);
        String name = sql.qualified(namespace, to.name());
        if (bounds.disjoint()) {
            script.note("no value the sequence can hold now is within its new bounds (MINVALUE " + bounds.newMin()
                    + ", MAXVALUE " + bounds.newMax() + "), so PostgreSQL would refuse them: it restarts at "
                    + bounds.restart() + (bounds.restartGoesBack() ? ", below the values it has handed out: check"
                    + " that none of them is still in use" : ""));
        } else if (bounds.movesCurrentValue()) {
            String below = bounds.ascending() ? "below MINVALUE " + bounds.newMin() : "above MAXVALUE " + bounds.newMax();
            script.note("the new bounds exclude values the sequence could be at (its current value is not in the model),"
                    + " and PostgreSQL refuses bounds that exclude it: a current value " + below + " is first moved to "
                    + bounds.restart() + ", forward, so no value is handed out twice (setval is not undone by a rollback)");
            script.add("SELECT setval(" + sql.literal(name) + ", " + bounds.restart() + ", false) FROM " + name
                    + " WHERE last_value " + (bounds.ascending() ? "< " + bounds.newMin() : "> " + bounds.newMax()));
        }
        if (!bounds.disjoint() && bounds.mayExcludeHandedOutValues()) {
            script.note("if the sequence is already past the new " + (bounds.ascending() ? "MAXVALUE " + bounds.newMax()
                    : "MINVALUE " + bounds.newMin()) + ", the ALTER fails: it is not moved back, which would hand out"
                    + " values again");
        }
        StringBuilder out = new StringBuilder();
        if (to.dataType() != null && !to.dataType().equals(from.dataType())) {
            out.append(" AS ").append(to.dataType().sql());
        }
        appendChanged(out, "INCREMENT BY", from.increment(), to.increment());
        appendChanged(out, "MINVALUE", from.minValue(), to.minValue());
        appendChanged(out, "MAXVALUE", from.maxValue(), to.maxValue());
        appendChanged(out, "START WITH", from.start(), to.start());
        appendChanged(out, "CACHE", from.cache(), to.cache());
        if (from.cycle() != to.cycle()) {
            out.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (bounds.disjoint()) {
            out.append(" RESTART WITH ").append(bounds.restart());
        }
        if (!out.isEmpty()) {
            script.add("ALTER SEQUENCE " + name + out);
        }
    }

    private static void appendChanged(StringBuilder out, String option, Long from, Long to) {
        if (to != null && !to.equals(from)) {
            appendOption(out, option, to);
        }
    }

    private void createView(String namespace, View view, PostgresRenderer.Script script) {
        TableRef ref = new TableRef(namespace, view.name());
        script.add("CREATE " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + sql.table(ref) + " AS " + view.definition());
        script.materializedView(ref, view.materialized());
        if (view.comment() != null) {
            viewComment(ref, view.materialized(), view.comment(), script);
        }
    }

    private void dropView(String namespace, View view, PostgresRenderer.Script script) {
        script.add("DROP " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + sql.qualified(namespace, view.name()));
    }

    private void replaceView(String namespace, View from, View to, PostgresRenderer.Script script) {
        if (from.materialized() || to.materialized()) {
            dropView(namespace, from, script);
            createView(namespace, to, script);
            return;
        }
        List<String> before = PostgresViewColumns.of(from.definition());
        List<String> after = PostgresViewColumns.of(to.definition());
        if (before == null || after == null) {
            script.note("the columns of view " + namespace + "." + to.name() + " cannot be read from its definition:"
                    + " CREATE OR REPLACE VIEW can only add columns at the end (and keep their types); if PostgreSQL"
                    + " refuses it, drop the view and create it again instead");
        } else if (after.size() < before.size() || !after.subList(0, before.size()).equals(before)) {
            script.note("CREATE OR REPLACE VIEW cannot remove, rename or reorder the columns of a view ("
                    + String.join(", ", before) + " -> " + String.join(", ", after) + "): the view is dropped and created"
                    + " again, and its privileges are lost with it. The model has no dependencies between views, so the"
                    + " views over this one are not dropped and created with it: if one remains, the DROP fails (drop it"
                    + " first and create it again after)");
            dropView(namespace, from, script);
            createView(namespace, to, script);
            return;
        }
        script.add("CREATE OR REPLACE VIEW " + sql.qualified(namespace, to.name()) + " AS " + to.definition());
    }

    /**
     * {@code COMMENT ON VIEW}, or {@code ON MATERIALIZED VIEW} when this script created the view as one
     * ({@code SetViewComment} does not say which kind the view is).
     */
    private void viewComment(TableRef view, boolean materialized, String comment, PostgresRenderer.Script script) {
        script.add("COMMENT ON " + (materialized ? "MATERIALIZED VIEW " : "VIEW ") + sql.table(view) + " IS " + sql.literal(comment));
    }
}
