package dev.strata.core.diff.expression;

import java.util.List;

/**
 * The parsed form of an expression, reduced to what matters for comparing: parentheses are gone
 * (precedence is in the tree), {@code IN} lists are {@code = ANY (ARRAY[…])}, {@code LIKE} is {@code ~~},
 * {@code BETWEEN} is two comparisons, {@code AND}/{@code OR} chains are flat.
 */
sealed interface Expr {

    /** A string ({@code 'a'}, {@code e'a\n'}), number or keyword literal ({@code null}, {@code true}). */
    record Literal(String text, LiteralKind kind) implements Expr {
    }

    enum LiteralKind { STRING, NUMBER, KEYWORD }

    /** A column or other name, possibly qualified; each part as the database folds it. */
    record Name(List<String> parts) implements Expr {
    }

    /** A function call; {@code star} for {@code count(*)}. */
    record Call(String name, List<Expr> args, boolean star) implements Expr {
    }

    /** A niladic SQL value function ({@code current_timestamp}, {@code current_user}), with its precision or null. */
    record Constant(String word, String precision) implements Expr {
    }

    /** {@code operand::type}, the type in canonical form. */
    record Cast(Expr operand, String type) implements Expr {
    }

    record Unary(String operator, Expr operand) implements Expr {
    }

    /** A binary operator; comparison operators may carry a quantifier ({@code = any}, {@code <> all}). */
    record Binary(String operator, Expr left, Expr right) implements Expr {
    }

    /** A flat {@code AND} or {@code OR} of two or more operands. */
    record Bool(String operator, List<Expr> operands) implements Expr {
    }

    /** {@code operand is null}, {@code operand is not true}, {@code operand collate "C"}. */
    record Postfix(Expr operand, String operator) implements Expr {
    }

    record ArrayOf(List<Expr> elements) implements Expr {
    }

    record Row(List<Expr> elements) implements Expr {
    }

    record Subscript(Expr operand, Expr index) implements Expr {
    }

    /** {@code CASE [operand] WHEN … THEN … [ELSE …] END}; {@code whens} alternates condition and result. */
    record Case(Expr operand, List<Expr> whens, Expr otherwise) implements Expr {
    }
}
