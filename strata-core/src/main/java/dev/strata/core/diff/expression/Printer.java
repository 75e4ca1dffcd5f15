package dev.strata.core.diff.expression;

import dev.strata.core.diff.expression.Expr.ArrayOf;
import dev.strata.core.diff.expression.Expr.Binary;
import dev.strata.core.diff.expression.Expr.Bool;
import dev.strata.core.diff.expression.Expr.Call;
import dev.strata.core.diff.expression.Expr.Case;
import dev.strata.core.diff.expression.Expr.Cast;
import dev.strata.core.diff.expression.Expr.Constant;
import dev.strata.core.diff.expression.Expr.Literal;
import dev.strata.core.diff.expression.Expr.Name;
import dev.strata.core.diff.expression.Expr.Postfix;
import dev.strata.core.diff.expression.Expr.Row;
import dev.strata.core.diff.expression.Expr.Subscript;
import dev.strata.core.diff.expression.Expr.Unary;
import dev.strata.core.diff.expression.Token.Kind;

import java.util.List;
import java.util.Set;

/**
 * Prints an expression tree as canonical text: every compound operand in parentheses, so the text is
 * unambiguous and two trees print alike exactly when they are alike. Meant for comparing, not for reading.
 */
final class Printer {
    private static final Set<String> TEXT_CASTS = Set.of("text", "varchar");

    private Printer() {
    }

    static String print(Expr expr) {
        StringBuilder out = new StringBuilder();
        print(expr, out);
        return out.toString();
    }

    private static void print(Expr expr, StringBuilder out) {
        if (expr instanceof Literal literal) {
            out.append(literal.text());
        } else if (expr instanceof Name name) {
            out.append(String.join(".", name.parts()));
        } else if (expr instanceof Constant constant) {
            out.append(constant.word());
            if (constant.precision() != null) {
                out.append('(').append(constant.precision()).append(')');
            }
        } else if (expr instanceof Call call) {
            out.append(call.name()).append('(');
            if (call.star()) {
                out.append('*');
            }
            list(call.args(), out);
            out.append(')');
        } else if (expr instanceof Cast cast) {
            operand(cast.operand(), out);
            out.append("::").append(cast.type());
        } else if (expr instanceof Unary unary) {
            out.append(unary.operator()).append(unary.operator().equals("not") ? " " : "");
            operand(unary.operand(), out);
        } else if (expr instanceof Binary binary) {
            out.append('(');
            operand(binary.left(), out);
            out.append(' ').append(binary.operator()).append(' ');
            operand(binary.right(), out);
            out.append(')');
        } else if (expr instanceof Bool bool) {
            out.append('(');
            for (int i = 0; i < bool.operands().size(); i++) {
                out.append(i == 0 ? "" : " " + bool.operator() + " ");
                operand(bool.operands().get(i), out);
            }
            out.append(')');
        } else if (expr instanceof Postfix postfix) {
            out.append('(');
            operand(postfix.operand(), out);
            out.append(' ').append(postfix.operator()).append(')');
        } else if (expr instanceof ArrayOf array) {
            out.append("array[");
            list(array.elements(), out);
            out.append(']');
        } else if (expr instanceof Row row) {
            out.append("row(");
            list(row.elements(), out);
            out.append(')');
        } else if (expr instanceof Subscript subscript) {
            operand(subscript.operand(), out);
            out.append('[');
            print(subscript.index(), out);
            out.append(']');
        } else if (expr instanceof Case c) {
            out.append("case");
            if (c.operand() != null) {
                out.append(' ');
                print(c.operand(), out);
            }
            for (int i = 0; i < c.whens().size(); i += 2) {
                out.append(" when ");
                print(c.whens().get(i), out);
                out.append(" then ");
                print(c.whens().get(i + 1), out);
            }
            if (c.otherwise() != null) {
                out.append(" else ");
                print(c.otherwise(), out);
            }
            out.append(" end");
        }
    }

    private static void operand(Expr expr, StringBuilder out) {
        boolean wrap = expr instanceof Cast || expr instanceof Unary || expr instanceof Case || expr instanceof Subscript;
        out.append(wrap ? "(" : "");
        print(expr, out);
        out.append(wrap ? ")" : "");
    }

    private static void list(List<Expr> items, StringBuilder out) {
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            print(items.get(i), out);
        }
    }

    /** The fallback for what the parser does not model: the tokens, one space apart, a few casts dropped. */
    static String tokens(List<Token> tokens) {
        int start = 0;
        int end = tokens.size();
        while (end > start && tokens.get(end - 1).is(Kind.OTHER) && tokens.get(end - 1).text().equals(";")) {
            end--;
        }
        while (end - start >= 2 && tokens.get(start).is(Kind.LPAREN) && closes(tokens, start, end - 1)) {
            start++;
            end--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            if (token.is(Kind.CAST) && i > start && tokens.get(i - 1).is(Kind.STRING) && i + 1 < end
                    && tokens.get(i + 1).is(Kind.WORD) && TEXT_CASTS.contains(tokens.get(i + 1).text())) {
                i++;
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token.is(Kind.QUOTED) ? "\"" + token.text().replace("\"", "\"\"") + "\"" : token.text());
        }
        return out.toString();
    }

    /** Whether the parenthesis at {@code open} closes at {@code close}. */
    private static boolean closes(List<Token> tokens, int open, int close) {
        if (!tokens.get(close).is(Kind.RPAREN)) {
            return false;
        }
        int depth = 0;
        for (int i = open; i <= close; i++) {
            if (tokens.get(i).is(Kind.LPAREN)) {
                depth++;
            } else if (tokens.get(i).is(Kind.RPAREN) && --depth == 0) {
                return i == close;
            }
        }
        return false;
    }
}
