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
import dev.strata.core.model.ColumnType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings SQL expressions, as PostgreSQL (and MariaDB, SQLite) happen to spell them, to one canonical text,
 * so that two spellings of the same meaning compare equal. It parses the expression with PostgreSQL's
 * precedence and rewrites it:
 * <ul>
 *   <li>case of keywords and unquoted names, whitespace, comments, redundant parentheses, needless quotes
 *       on identifiers ({@code "status"} = {@code status});</li>
 *   <li>casts that do not change a value: a string literal cast to an unbounded text type or to
 *       {@code regclass} ({@code 'a'::text}, {@code 'a'::character varying}, {@code 'seq'::regclass}),
 *       a name cast to {@code text} or {@code character varying} (PostgreSQL adds these around
 *       {@code varchar} columns), an integer literal cast to an integer type ({@code '-1'::integer} = {@code -1}),
 *       a literal cast inside a comparison ({@code price > (0)::numeric} = {@code price > 0});</li>
 *   <li>{@code now()}, {@code transaction_timestamp()}, {@code CURRENT_TIMESTAMP}, MariaDB's
 *       {@code current_timestamp()} and the old {@code ('now'::text)::timestamp with time zone} are one
 *       thing, as are {@code CURRENT_DATE}/{@code curdate()};</li>
 *   <li>{@code x IN (a, b)} is {@code x = ANY (ARRAY[a, b])}, {@code NOT IN} is {@code <> ALL}, {@code LIKE} is
 *       {@code ~~}, {@code BETWEEN} is two comparisons, {@code !=} is {@code <>}, chains of {@code AND}/{@code OR}
 *       are flat, {@code CASE … ELSE NULL} drops the {@code ELSE}.</li>
 * </ul>
 * A default is compared in the context of its column's type ({@link #normalizeDefault}): a cast to the
 * column's own type goes, a number is compared by value ({@code 1.50} = {@code '1.5'::numeric}), a boolean
 * by truth ({@code 't'} = {@code true}), and {@code NULL} is no default at all.
 *
 * <p>What it cannot parse (a subquery, a window function) is compared by its tokens, so whitespace, case
 * and comments still do not matter there. Known approximation: casting a name to {@code text} is taken as
 * not changing meaning, which is true of the {@code varchar} columns PostgreSQL adds it to.
 */
public final class ExpressionNormalizer {

    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying", "character", "name", "regclass", "unknown");
    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");
    private static final Set<String> NUMERIC_WORDS = Set.of("smallint", "integer", "bigint", "numeric", "real", "double",
            "float", "tinyint", "mediumint", "serial", "bigserial", "smallserial");
    private static final Set<String> TRUE_WORDS = Set.of("t", "true", "y", "yes", "on", "1");
    private static final Set<String> FALSE_WORDS = Set.of("f", "false", "n", "no", "off", "0");
    private static final Map<String, String> NOW_CASTS = Map.of(
            "timestamp with time zone", "current_timestamp", "timestamp without time zone", "localtimestamp",
            "date", "current_date", "time with time zone", "current_time", "time without time zone", "localtime");
    private static final Map<String, String> FUNCTION_CONSTANTS = Map.of(
            "now", "current_timestamp", "transaction_timestamp", "current_timestamp", "curdate", "current_date",
            "curtime", "current_time", "current_schema", "current_schema");

    private ExpressionNormalizer() {
    }

    /** The canonical text of an expression; null for null. */
    public static String normalize(String expression) {
        if (expression == null) {
            return null;
        }
        List<Token> tokens = Lexer.tokenize(expression);
        try {
            return Printer.print(simplify(Parser.parse(tokens)));
        } catch (Parser.Unsupported e) {
            return Printer.tokens(tokens);
        }
    }

    /**
     * The canonical text of a column default in the context of the column's type; null for no default,
     * including an explicit {@code NULL} (cast or not).
     */
    public static String normalizeDefault(String expression, ColumnType type) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        List<Token> tokens = Lexer.tokenize(expression);
        Expr expr;
        try {
            expr = simplify(Parser.parse(tokens));
        } catch (Parser.Unsupported e) {
            return Printer.tokens(tokens);
        }
        while (type != null && expr instanceof Cast cast && sameType(cast.type(), type)) {
            expr = cast.operand();
        }
        if (expr instanceof Literal literal) {
            if (literal.kind() == LiteralKind.KEYWORD && literal.text().equals("null")) {
                return null;
            }
            expr = literalFor(literal, type);
        }
        return Printer.print(expr);
    }

    /**
     * The names an SQL text mentions (words outside string literals, as the database folds them, and
     * quoted identifiers as written), e.g. to tell whether a view's query may use a column.
     */
    public static Set<String> identifiers(String sql) {
        Set<String> names = new HashSet<>();
        for (Token token : Lexer.tokenize(sql)) {
            if (token.is(Token.Kind.WORD) || token.is(Token.Kind.QUOTED)) {
                names.add(token.text());
            }
        }
        return names;
    }

    public static boolean equivalent(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b) || normalize(a).equals(normalize(b));
    }

    /** Whether two defaults of a column of this type mean the same; null (no default) equals {@code NULL}. */
    public static boolean defaultsEquivalent(String a, String b, ColumnType type) {
        if (a != null && a.equals(b)) {
            return true;
        }
        String left = normalizeDefault(a, type);
        String right = normalizeDefault(b, type);
        return left == null ? right == null : left.equals(right);
    }

    // ---- rewriting ----

    static Expr simplify(Expr expr) {
        if (expr instanceof Call call) {
            List<Expr> args = simplifyAll(call.args());
            String constant = FUNCTION_CONSTANTS.get(call.name());
            if (constant != null && args.isEmpty()) {
                return new Constant(constant, null);
            }
            if (constant != null && args.size() == 1 && args.get(0) instanceof Literal precision
                    && precision.kind() == LiteralKind.NUMBER && !constant.equals("current_schema")) {
                return new Constant(constant, precision.text());
            }
            return new Call(call.name(), args, call.star());
        }
        if (expr instanceof Cast cast) {
            return simplifyCast(simplify(cast.operand()), cast.type());
        }
        if (expr instanceof Unary unary) {
            return new Unary(unary.operator(), simplify(unary.operand()));
        }
        if (expr instanceof Binary binary) {
            Expr left = simplify(binary.left());
            Expr right = simplify(binary.right());
            if (isComparison(binary.operator())) {
                left = uncastLiteral(left);
                right = binary.operator().endsWith(" any") || binary.operator().endsWith(" all")
                        ? uncastArray(right) : uncastLiteral(right);
            }
            return new Binary(binary.operator(), left, right);
        }
        if (expr instanceof Bool bool) {
            List<Expr> flat = new ArrayList<>();
            for (Expr operand : bool.operands()) {
                Expr simple = simplify(operand);
                if (simple instanceof Bool inner && inner.operator().equals(bool.operator())) {
                    flat.addAll(inner.operands());
                } else {
                    flat.add(simple);
                }
            }
            return new Bool(bool.operator(), flat);
        }
        if (expr instanceof Postfix postfix) {
            return new Postfix(simplify(postfix.operand()), postfix.operator());
        }
        if (expr instanceof ArrayOf array) {
            return new ArrayOf(simplifyAll(array.elements()));
        }
        if (expr instanceof Row row) {
            return new Row(simplifyAll(row.elements()));
        }
        if (expr instanceof Subscript subscript) {
            return new Subscript(simplify(subscript.operand()), simplify(subscript.index()));
        }
        if (expr instanceof Case c) {
            Expr otherwise = c.otherwise() == null ? null : simplify(c.otherwise());
            if (isNull(otherwise)) {
                otherwise = null;
            }
            return new Case(c.operand() == null ? null : simplify(c.operand()), simplifyAll(c.whens()), otherwise);
        }
        return expr;
    }

    private static List<Expr> simplifyAll(List<Expr> exprs) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            out.add(simplify(expr));
        }
        return out;
    }

    private static Expr simplifyCast(Expr operand, String type) {
        ColumnType target = ColumnType.parse(type);
        String base = target.canonicalName();
        boolean unbounded = target.params().isEmpty();
        if (isNull(operand)) {
            return operand;
        }
        if (operand instanceof Literal literal && literal.kind() == LiteralKind.STRING) {
            if (unbounded && TEXT_TYPES.contains(base)) {
                return literal;
            }
            if (target.arrayDimensions() == 0 && literal.text().equalsIgnoreCase("'now'") && NOW_CASTS.containsKey(base)) {
                return new Constant(NOW_CASTS.get(base), null);
            }
            String content = unquote(literal);
            if (target.arrayDimensions() == 0 && INTEGER_TYPES.contains(base) && content != null && content.matches("[-+]?\\d+")) {
                return new Literal(canonicalNumber(content), LiteralKind.NUMBER);
            }
        }
        if (operand instanceof Literal literal && literal.kind() == LiteralKind.NUMBER && target.arrayDimensions() == 0) {
            boolean integral = literal.text().matches("-?\\d+");
            if (integral && INTEGER_TYPES.contains(base) || !integral && base.equals("numeric") && unbounded) {
                return literal;
            }
        }
        if (!(operand instanceof Literal) && unbounded && (base.equals("text") || base.equals("character varying"))) {
            return operand;
        }
        if (operand instanceof Cast inner && inner.type().equals(type)) {
            return inner;
        }
        return new Cast(operand, type);
    }

    private static boolean isComparison(String operator) {
        String op = operator.endsWith(" any") || operator.endsWith(" all") ? operator.substring(0, operator.length() - 4) : operator;
        return switch (op) {
            case "=", "<>", "<", ">", "<=", ">=", "is distinct from", "is not distinct from" -> true;
            default -> false;
        };
    }

    /** Inside a comparison, a cast of a literal only restates the other side's type. */
    private static Expr uncastLiteral(Expr expr) {
        if (expr instanceof Cast cast && cast.operand() instanceof Literal literal) {
            return literalFor(literal, ColumnType.parse(cast.type()));
        }
        if (expr instanceof Literal literal && literal.kind() == LiteralKind.NUMBER) {
            return new Literal(canonicalNumber(literal.text()), LiteralKind.NUMBER);
        }
        return expr;
    }

    private static Expr uncastArray(Expr expr) {
        Expr array = expr instanceof Cast cast && cast.operand() instanceof ArrayOf ? cast.operand() : expr;
        if (array instanceof ArrayOf of) {
            List<Expr> elements = new ArrayList<>(of.elements().size());
            for (Expr element : of.elements()) {
                elements.add(uncastLiteral(element));
            }
            return new ArrayOf(elements);
        }
        return uncastLiteral(array);
    }

    /** A literal as a value of the given type: numbers by value, booleans by truth. */
    private static Expr literalFor(Literal literal, ColumnType type) {
        if (type == null || type.isArray()) {
            return literal;
        }
        String content = literal.kind() == LiteralKind.STRING ? unquote(literal) : literal.text();
        if (content == null) {
            return literal;
        }
        String base = type.canonicalName();
        String firstWord = base.contains(" ") ? base.substring(0, base.indexOf(' ')) : base;
        if (NUMERIC_WORDS.contains(firstWord) && content.strip().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return new Literal(canonicalNumber(content.strip()), LiteralKind.NUMBER);
        }
        if (base.equals("boolean")) {
            String word = content.strip().toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return new Literal("true", LiteralKind.KEYWORD);
            }
            if (FALSE_WORDS.contains(word)) {
                return new Literal("false", LiteralKind.KEYWORD);
            }
        }
        return literal;
    }

    private static boolean sameType(String castType, ColumnType columnType) {
        ColumnType cast = ColumnType.parse(castType);
        if (cast.arrayDimensions() != columnType.arrayDimensions()) {
            return false;
        }
        String a = cast.canonicalName();
        String b = columnType.canonicalName();
        return a.equals(b) || a.substring(a.lastIndexOf('.') + 1).equals(b.substring(b.lastIndexOf('.') + 1));
    }

    private static boolean isNull(Expr expr) {
        return expr instanceof Literal literal && literal.kind() == LiteralKind.KEYWORD && literal.text().equals("null");
    }

    /** The content of a plain string literal, or null for an E-string (whose escapes are not decoded). */
    private static String unquote(Literal literal) {
        String text = literal.text();
        if (literal.kind() != LiteralKind.STRING || !text.startsWith("'") || text.length() < 2) {
            return null;
        }
        return text.substring(1, text.length() - 1).replace("''", "'");
    }

    static String canonicalNumber(String spelled) {
        try {
            BigDecimal value = new BigDecimal(spelled.startsWith("+") ? spelled.substring(1) : spelled);
            if (value.signum() == 0) {
                return "0";
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return Math.abs(stripped.scale()) > 64 ? spelled : stripped.toPlainString();
        } catch (NumberFormatException e) {
            return spelled;
        }
    }
}
