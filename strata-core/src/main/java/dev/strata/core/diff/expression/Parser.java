package dev.strata.core.diff.expression;

import dev.strata.core.diff.expression.Expr.ArrayOf;
import dev.strata.core.diff.expression.Expr.Binary;
import dev.strata.core.diff.expression.Expr.Bool;
import dev.strata.core.diff.expression.Expr.Call;
import dev.strata.core.diff.expression.Expr.Case;
import dev.strata.core.diff.expression.Expr.Cast;
import dev.strata.core.diff.expression.Expr.Constant;
import dev.strata.core.diff.expression.Expr.Literal;
import dev.strata.core.diff.expression.Expr.LiteralKind;
import dev.strata.core.diff.expression.Expr.Name;
import dev.strata.core.diff.expression.Expr.Postfix;
import dev.strata.core.diff.expression.Expr.Row;
import dev.strata.core.diff.expression.Expr.Subscript;
import dev.strata.core.diff.expression.Expr.Unary;
import dev.strata.core.diff.expression.Token.Kind;
import dev.strata.core.model.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Pratt parser for the scalar expressions found in defaults, checks, index keys and predicates, with
 * PostgreSQL's operator precedence. Anything else (a subquery, a window, {@code AT TIME ZONE}) makes it
 * give up with {@link Unsupported}; the normalizer then compares tokens instead.
 */
final class Parser {

    /** The expression uses syntax this parser does not model. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private static final int OR = 1, AND = 2, NOT = 3, IS = 4, COMPARE = 5, LIKE = 6, OTHER_OP = 7, ADD = 8,
            MULTIPLY = 9, POWER = 10, UNARY = 11, COLLATE = 12, SUBSCRIPT = 13, CAST = 14;

    private static final Set<String> COMPARISONS = Set.of("<", ">", "=", "<=", ">=", "<>");
    private static final Set<String> CONSTANTS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_role", "current_catalog", "user");
    private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp", "timestamptz", "interval",
            "numeric", "integer", "int", "bigint", "text", "boolean", "uuid", "json", "jsonb", "inet", "cidr");
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time", "zone",
            "unsigned", "signed", "zerofill");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr parse(List<Token> tokens) {
        Parser parser = new Parser(tokens);
        Expr expr = parser.expression(0);
        while (parser.peek() != null && parser.peek().is(Kind.OTHER) && parser.peek().text().equals(";")) {
            parser.pos++;
        }
        if (parser.peek() != null) {
            throw new Unsupported("unexpected " + parser.peek().text());
        }
        return expr;
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private Token peek(int ahead) {
        return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
    }

    private Token take() {
        if (pos >= tokens.size()) {
            throw new Unsupported("unexpected end");
        }
        return tokens.get(pos++);
    }

    private void expect(Kind kind) {
        if (!take().is(kind)) {
            throw new Unsupported("expected " + kind);
        }
    }

    private void expectWord(String word) {
        if (!take().isWord(word)) {
            throw new Unsupported("expected " + word);
        }
    }

    private boolean acceptWord(String word) {
        if (peek() != null && peek().isWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    private Expr expression(int minPower) {
        Expr left = prefix();
        while (true) {
            Token token = peek();
            if (token == null) {
                return left;
            }
            int power = infixPower(token);
            if (power <= minPower) {
                return left;
            }
            left = infix(left, power);
        }
    }

    private int infixPower(Token token) {
        switch (token.kind()) {
            case CAST:
                return CAST;
            case LBRACKET:
                return SUBSCRIPT;
            case OPERATOR:
                String op = token.text();
                if (COMPARISONS.contains(op)) {
                    return COMPARE;
                }
                return switch (op) {
                    case "+", "-" -> ADD;
                    case "*", "/", "%" -> MULTIPLY;
                    case "^" -> POWER;
                    default -> OTHER_OP;
                };
            case WORD:
                return switch (token.text()) {
                    case "or" -> OR;
                    case "and" -> AND;
                    case "is", "isnull", "notnull" -> IS;
                    case "in", "like", "ilike", "between", "similar" -> LIKE;
                    case "not" -> peek(1) != null && Set.of("in", "like", "ilike", "between", "similar").contains(peek(1).text()) ? LIKE : -1;
                    case "collate" -> COLLATE;
                    case "at" -> throw new Unsupported("at time zone");
                    default -> -1;
                };
            default:
                return -1;
        }
    }

    private Expr infix(Expr left, int power) {
        Token token = take();
        switch (token.kind()) {
            case CAST:
                return new Cast(left, type());
            case LBRACKET: {
                Expr index = expression(0);
                expect(Kind.RBRACKET);
                return new Subscript(left, index);
            }
            case OPERATOR: {
                String op = token.text();
                if (power == COMPARE && peek() != null && Set.of("any", "some", "all").contains(peek().text())
                        && peek(1) != null && peek(1).is(Kind.LPAREN)) {
                    String quantifier = take().text().equals("all") ? "all" : "any";
                    expect(Kind.LPAREN);
                    Expr inner = expression(0);
                    expect(Kind.RPAREN);
                    return new Binary(op + " " + quantifier, left, inner);
                }
                return new Binary(op, left, expression(power));
            }
            default:
                return wordInfix(left, token.text(), power);
        }
    }

    private Expr wordInfix(Expr left, String word, int power) {
        switch (word) {
            case "or":
            case "and":
                return new Bool(word, List.of(left, expression(power)));
            case "isnull":
                return new Postfix(left, "is null");
            case "notnull":
                return new Postfix(left, "is not null");
            case "is": {
                boolean not = acceptWord("not");
                if (acceptWord("distinct")) {
                    expectWord("from");
                    return new Binary(not ? "is not distinct from" : "is distinct from", left, expression(IS));
                }
                String what = take().text();
                if (!Set.of("null", "true", "false", "unknown").contains(what)) {
                    throw new Unsupported("is " + what);
                }
                return new Postfix(left, (not ? "is not " : "is ") + what);
            }
            case "collate":
                return new Postfix(left, "collate " + String.join(".", nameParts()));
            case "not":
                return negatable(left, take().text(), true);
            default:
                return negatable(left, word, false);
        }
    }

    private Expr negatable(Expr left, String word, boolean not) {
        switch (word) {
            case "in": {
                expect(Kind.LPAREN);
                if (peek() != null && (peek().isWord("select") || peek().isWord("with") || peek().isWord("values"))) {
                    throw new Unsupported("subquery");
                }
                List<Expr> items = list(Kind.RPAREN);
                return new Binary(not ? "<> all" : "= any", left, new ArrayOf(items));
            }
            case "like":
            case "ilike": {
                Expr pattern = expression(LIKE);
                if (peek() != null && peek().isWord("escape")) {
                    throw new Unsupported("like escape");
                }
                String op = (not ? "!" : "") + (word.equals("like") ? "~~" : "~~*");
                return new Binary(op, left, pattern);
            }
            case "between": {
                if (peek() != null && peek().isWord("symmetric")) {
                    throw new Unsupported("between symmetric");
                }
                Expr low = expression(LIKE);
                expectWord("and");
                Expr high = expression(LIKE);
                return not
                        ? new Bool("or", List.of(new Binary("<", left, low), new Binary(">", left, high)))
                        : new Bool("and", List.of(new Binary(">=", left, low), new Binary("<=", left, high)));
            }
            default:
                throw new Unsupported(word);
        }
    }

    private Expr prefix() {
        Token token = take();
        switch (token.kind()) {
            case NUMBER:
                return new Literal(token.text(), LiteralKind.NUMBER);
            case STRING:
                return new Literal(token.text(), LiteralKind.STRING);
            case QUOTED:
                pos--;
                return nameOrCall();
            case LPAREN: {
                if (peek() != null && (peek().isWord("select") || peek().isWord("with") || peek().isWord("values"))) {
                    throw new Unsupported("subquery");
                }
                List<Expr> items = list(Kind.RPAREN);
                if (items.size() == 1) {
                    return items.get(0);
                }
                return new Row(items);
            }
            case OPERATOR: {
                String op = token.text();
                if (!Set.of("-", "+", "~", "@").contains(op)) {
                    throw new Unsupported("prefix " + op);
                }
                Expr operand = expression(UNARY);
                if (operand instanceof Literal literal && literal.kind() == LiteralKind.NUMBER && (op.equals("-") || op.equals("+"))) {
                    return op.equals("+") ? literal : new Literal(literal.text().startsWith("-") ? literal.text().substring(1) : "-" + literal.text(), LiteralKind.NUMBER);
                }
                return new Unary(op, operand);
            }
            case WORD:
                return word(token.text());
            default:
                throw new Unsupported("unexpected " + token.text());
        }
    }

    private Expr word(String word) {
        switch (word) {
            case "null":
            case "true":
            case "false":
                return new Literal(word, LiteralKind.KEYWORD);
            case "not":
                return new Unary("not", expression(NOT));
            case "case":
                return caseExpression();
            case "cast": {
                expect(Kind.LPAREN);
                Expr operand = expression(0);
                expectWord("as");
                String type = type();
                expect(Kind.RPAREN);
                return new Cast(operand, type);
            }
            case "array": {
                if (peek() == null || !peek().is(Kind.LBRACKET)) {
                    throw new Unsupported("array subquery");
                }
                pos++;
                return new ArrayOf(list(Kind.RBRACKET));
            }
            case "row":
                expect(Kind.LPAREN);
                return new Row(list(Kind.RPAREN));
            case "select":
            case "exists":
            case "with":
            case "values":
                throw new Unsupported(word);
            default:
                break;
        }
        if (CONSTANTS.contains(word) && (peek() == null || !peek().is(Kind.DOT))) {
            String precision = null;
            if (peek() != null && peek().is(Kind.LPAREN)) {
                pos++;
                if (peek() != null && peek().is(Kind.NUMBER)) {
                    precision = take().text();
                }
                expect(Kind.RPAREN);
            }
            return new Constant(word.equals("user") ? "current_user" : word, precision);
        }
        if (TYPED_LITERALS.contains(word) && peek() != null && peek().is(Kind.STRING)) {
            Token literal = take();
            return new Cast(new Literal(literal.text(), LiteralKind.STRING), ColumnType.parse(word).canonical());
        }
        pos--;
        return nameOrCall();
    }

    private Expr nameOrCall() {
        List<String> parts = nameParts();
        if (peek() == null || !peek().is(Kind.LPAREN)) {
            return new Name(parts);
        }
        pos++;
        String name = String.join(".", parts);
        if (name.startsWith("pg_catalog.")) {
            name = name.substring("pg_catalog.".length());
        }
        Expr call;
        if (peek() != null && peek().isOperator("*") && peek(1) != null && peek(1).is(Kind.RPAREN)) {
            pos += 2;
            call = new Call(name, List.of(), true);
        } else {
            if (peek() != null && (peek().isWord("distinct") || peek().isWord("all"))) {
                throw new Unsupported("aggregate modifier");
            }
            call = new Call(name, list(Kind.RPAREN), false);
        }
        if (peek() != null && (peek().isWord("over") || peek().isWord("filter") || peek().isWord("within"))) {
            throw new Unsupported("window or aggregate clause");
        }
        return call;
    }

    private List<String> nameParts() {
        List<String> parts = new ArrayList<>();
        do {
            Token part = take();
            if (!part.is(Kind.WORD) && !part.is(Kind.QUOTED)) {
                throw new Unsupported("expected a name, found " + part.text());
            }
            parts.add(part.is(Kind.QUOTED) ? "\"" + part.text().replace("\"", "\"\"") + "\"" : part.text());
        } while (peek() != null && peek().is(Kind.DOT) && pos++ >= 0);
        return parts;
    }

    /** Items separated by commas up to the closing token, which is consumed. */
    private List<Expr> list(Kind close) {
        List<Expr> items = new ArrayList<>();
        if (peek() != null && peek().is(close)) {
            pos++;
            return items;
        }
        while (true) {
            items.add(expression(0));
            Token token = take();
            if (token.is(close)) {
                return items;
            }
            if (!token.is(Kind.COMMA)) {
                throw new Unsupported("expected , or " + close);
            }
        }
    }

    private Expr caseExpression() {
        Expr operand = peek() != null && peek().isWord("when") ? null : expression(0);
        List<Expr> whens = new ArrayList<>();
        while (acceptWord("when")) {
            whens.add(expression(0));
            expectWord("then");
            whens.add(expression(0));
        }
        Expr otherwise = acceptWord("else") ? expression(0) : null;
        expectWord("end");
        if (whens.isEmpty()) {
            throw new Unsupported("case without when");
        }
        return new Case(operand, whens, otherwise);
    }

    /** A type name after {@code ::} or {@code AS}, returned in canonical form. */
    private String type() {
        StringBuilder spelled = new StringBuilder(String.join(".", nameParts()));
        while (peek() != null) {
            Token token = peek();
            if (token.is(Kind.WORD) && TYPE_CONTINUATIONS.contains(token.text())) {
                spelled.append(' ').append(take().text());
            } else if (token.is(Kind.LPAREN)) {
                pos++;
                spelled.append('(');
                for (Token param = take(); !param.is(Kind.RPAREN); param = take()) {
                    spelled.append(param.text());
                }
                spelled.append(')');
            } else {
                break;
            }
        }
        while (peek() != null && peek().is(Kind.LBRACKET)) {
            pos++;
            if (peek() != null && peek().is(Kind.NUMBER)) {
                pos++;
            }
            expect(Kind.RBRACKET);
            spelled.append("[]");
        }
        return ColumnType.parse(spelled.toString()).canonical();
    }
}
