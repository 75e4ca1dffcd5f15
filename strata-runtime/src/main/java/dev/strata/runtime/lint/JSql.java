package dev.strata.runtime.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.ForeignKeyRef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.update.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of statement understanding done by JSqlParser: the data changes (UPDATE, DELETE, INSERT, MERGE), CHECK
 * expressions, and the ALTER TABLE actions the reader's own grammar leaves to it. Its trees are translated into
 * the lint statement model here; anything it rejects comes back as a {@link Stmt.Unrecognized}.
 */
final class JSql {
    /** The name given to an unnamed constraint or key so JSqlParser accepts it; read back as "no name". */
    static final String UNNAMED = "strata_lint_unnamed";

    private JSql() {
    }

    static Statement parse(String sql) throws JSQLParserException {
        return CCJSqlParserUtil.parse(sql);
    }

    static String reason(JSQLParserException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        String first = message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).strip();
        return "JSqlParser: " + first;
    }

    // ---- ALTER TABLE actions JSqlParser reads (the fallback for forms the own grammar leaves to it)

    static ColumnDef column(String name, ColDataType type, List<String> specs, SqlFlavor flavor) {
        SqlType sqlType = Types.read(type == null ? "" : type.toString(), flavor);
        return ColumnSpecs.read(Names.of(name, flavor), sqlType, specs == null ? "" : String.join(" ", specs), flavor);
    }

    static ConstraintDef constraint(Index index, SqlFlavor flavor) {
        String name = index.getName() == null || index.getName().startsWith(UNNAMED) ? null : Names.of(index.getName(), flavor);
        if (index instanceof ForeignKeyIndex fk) {
            return new ConstraintDef(ConstraintDef.Kind.FOREIGN_KEY, name, names(fk.getColumnsNames(), flavor),
                    new ForeignKeyRef(tableName(fk.getTable(), flavor), names(fk.getReferencedColumnNames(), flavor),
                            fk.getOnDeleteReferenceOption() == null ? null : fk.getOnDeleteReferenceOption().toUpperCase(Locale.ROOT)),
                    null, null, false, null);
        }
        if (index instanceof CheckConstraint check) {
            return new ConstraintDef(ConstraintDef.Kind.CHECK, name, List.of(), null, String.valueOf(check.getExpression()),
                    notNullColumn(check.getExpression(), flavor), false, null);
        }
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        ConstraintDef.Kind kind = type.startsWith("PRIMARY") ? ConstraintDef.Kind.PRIMARY_KEY
                : type.startsWith("UNIQUE") ? ConstraintDef.Kind.UNIQUE
                : ConstraintDef.Kind.INDEX;
        return new ConstraintDef(kind, name, names(index.getColumnsNames(), flavor), null, null, null, false, null);
    }

    /**
     * The column a CHECK expression proves NOT NULL: {@code c IS NOT NULL}, alone or as one term of an AND (PostgreSQL
     * accepts any CHECK that implies it); null otherwise, or when JSqlParser cannot read the expression.
     */
    static String notNullColumn(String expression, SqlFlavor flavor) {
        try {
            return notNullColumn(CCJSqlParserUtil.parseCondExpression(expression), flavor);
        } catch (JSQLParserException | RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("removal") // Parenthesis: what JSqlParser 5.3 still produces for (expr) in some places
    private static String notNullColumn(Expression expression, SqlFlavor flavor) {
        Expression e = expression;
        while (e instanceof Parenthesis p) {
            e = p.getExpression();
        }
        if (e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> list && list.size() == 1) {
            return notNullColumn(list.get(0), flavor);
        }
        if (e instanceof IsNullExpression isNull && isNull.isNot() && isNull.getLeftExpression() instanceof Column column) {
            return Names.of(column.getColumnName(), flavor);
        }
        if (e instanceof net.sf.jsqlparser.expression.operators.conditional.AndExpression and) {
            String left = notNullColumn(and.getLeftExpression(), flavor);
            return left != null ? left : notNullColumn(and.getRightExpression(), flavor);
        }
        return null;
    }

    // ---- ALTER TABLE: one action at a time

    /** The actions of an {@code ALTER TABLE t <action>} JSqlParser parsed. */
    static List<AlterAction> alterActions(Alter alter, SqlFlavor flavor) {
        List<AlterAction> actions = new ArrayList<>();
        for (AlterExpression e : alter.getAlterExpressions()) {
            actions.addAll(alterExpression(e, flavor));
        }
        return actions;
    }

    private static List<AlterAction> alterExpression(AlterExpression e, SqlFlavor flavor) {
        List<AlterAction> actions = new ArrayList<>();
        switch (e.getOperation()) {
            case ADD -> {
                if (e.getColDataTypeList() != null) {
                    for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
                        actions.add(new AlterAction.AddColumn(column(cdt.getColumnName(), cdt.getColDataType(), cdt.getColumnSpecs(), flavor)));
                    }
                } else if (e.getIndex() != null) {
                    actions.add(new AlterAction.AddConstraint(constraint(e.getIndex(), flavor)));
                } else if (e.getPkColumns() != null) {
                    actions.add(new AlterAction.AddConstraint(new ConstraintDef(ConstraintDef.Kind.PRIMARY_KEY, null,
                            names(e.getPkColumns(), flavor), null, null, null, false, null)));
                } else if (e.getUkColumns() != null) {
                    String name = e.getUkName() == null ? null : Names.of(e.getUkName(), flavor);
                    actions.add(new AlterAction.AddConstraint(new ConstraintDef(ConstraintDef.Kind.UNIQUE, name,
                            names(e.getUkColumns(), flavor), null, null, null, false, null)));
                } else if (e.getFkColumns() != null) {
                    String target = e.getFkSourceSchema() == null ? e.getFkSourceTable() : e.getFkSourceSchema() + "." + e.getFkSourceTable();
                    actions.add(new AlterAction.AddConstraint(new ConstraintDef(ConstraintDef.Kind.FOREIGN_KEY, null,
                            names(e.getFkColumns(), flavor), new ForeignKeyRef(Names.of(target, flavor),
                            names(e.getFkSourceColumns(), flavor)), null, null, false, null)));
                } else {
                    actions.add(new AlterAction.Other(e.toString()));
                }
            }
            case ALTER -> {
                if (e.getColDataTypeList() != null) {
                    for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
                        List<String> specs = cdt.getColumnSpecs() == null ? List.of() : cdt.getColumnSpecs();
                        if (cdt.getColDataType() == null) {
                            actions.add(new AlterAction.Other(e.toString()));
                            continue;
                        }
                        boolean using = specs.stream().anyMatch(s -> s.equalsIgnoreCase("USING"));
                        actions.add(new AlterAction.AlterColumnType(Names.of(cdt.getColumnName(), flavor),
                                Types.read(cdt.getColDataType().toString(), flavor), using));
                    }
                } else {
                    actions.add(new AlterAction.Other(e.toString()));
                }
            }
            case MODIFY, CHANGE -> {
                if (e.getColDataTypeList() == null) {
                    actions.add(new AlterAction.Other(e.toString()));
                } else {
                    for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
                        ColumnDef column = column(cdt.getColumnName(), cdt.getColDataType(), cdt.getColumnSpecs(), flavor);
                        String from = e.getOperation() == net.sf.jsqlparser.statement.alter.AlterOperation.CHANGE && e.getColumnOldName() != null
                                ? Names.of(e.getColumnOldName(), flavor) : column.name();
                        actions.add(new AlterAction.ModifyColumn(from, column));
                    }
                }
            }
            default -> actions.add(new AlterAction.Other(e.toString()));
        }
        return actions;
    }

    // ---- data changes

    static Stmt dataChange(Statement statement, SqlFlavor flavor) {
        if (statement instanceof Update update) {
            return new Stmt.DataChange("UPDATE", tableName(update.getTable(), flavor), update.getWhere() != null);
        }
        if (statement instanceof Delete delete) {
            Table table = delete.getTable() != null ? delete.getTable()
                    : delete.getTables() != null && !delete.getTables().isEmpty() ? delete.getTables().get(0) : null;
            return new Stmt.DataChange("DELETE", table == null ? null : tableName(table, flavor), delete.getWhere() != null);
        }
        if (statement instanceof Insert insert) {
            return new Stmt.DataChange("INSERT", tableName(insert.getTable(), flavor), false);
        }
        if (statement instanceof Merge merge) {
            return new Stmt.DataChange("MERGE", tableName(merge.getTable(), flavor), true);
        }
        return null;
    }

    static String tableName(Table table, SqlFlavor flavor) {
        if (table == null) {
            return null;
        }
        return Names.of(table.getFullyQualifiedName(), flavor);
    }

    private static List<String> names(List<String> raw, SqlFlavor flavor) {
        List<String> names = new ArrayList<>();
        if (raw != null) {
            for (String name : raw) {
                names.add(Names.of(name, flavor));
            }
        }
        return names;
    }
}
