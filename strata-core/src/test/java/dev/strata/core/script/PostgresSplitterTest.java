package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.script.SqlFlavor.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresSplitterTest {

    private static List<String> split(String text) {
        return Splits.sql(POSTGRES, text);
    }

    @Test
    void splitsOnSemicolonsAndTrims() {
        assertThat(split("  SELECT 1;\n\nSELECT 2 ;  \n"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(split("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void dropsEmptyStatementsAndCommentOnlyPieces() {
        assertThat(split(";;\n-- only a comment\n;\n/* block */;\nSELECT 1;\n-- trailing\n"))
                .containsExactly("SELECT 1");
        assertThat(split("")).isEmpty();
        assertThat(split("   \n\t")).isEmpty();
    }

    @Test
    void keepsCommentsInsideAStatementAndDropsThoseBeforeAndAfterIt() {
        assertThat(split("-- lead\nSELECT 1 -- one; not a split\n  , 2 /* two; */ ;\n"))
                .containsExactly("SELECT 1 -- one; not a split\n  , 2");
        assertThat(split("SELECT /* a; */ 1 /* b */;")).containsExactly("SELECT /* a; */ 1");
    }

    @Test
    void semicolonsInsideStringsAndIdentifiers() {
        assertThat(split("SELECT 'a;b', 'it''s;', \"col;\"\"x\" FROM t; SELECT 2"))
                .containsExactly("SELECT 'a;b', 'it''s;', \"col;\"\"x\" FROM t", "SELECT 2");
    }

    @Test
    void backslashIsNoEscapeInStandardStrings() {
        assertThat(split("SELECT 'C:\\'; SELECT 2;")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void escapeStringsTakeBackslashes() {
        assertThat(split("SELECT E'it\\'s; fine', e'\\\\'; SELECT 2;"))
                .containsExactly("SELECT E'it\\'s; fine', e'\\\\'", "SELECT 2");
    }

    @Test
    void anIdentifierEndingInEIsNoEscapeString() {
        // "name" then a standard string: the backslash does not escape the quote
        assertThat(split("SELECT name'\\'; SELECT 2;")).containsExactly("SELECT name'\\'", "SELECT 2");
    }

    @Test
    void unicodeEscapeStringsAndIdentifiers() {
        assertThat(split("SELECT U&'d\\0061t;a' UESCAPE '!', u&\"a;b\"; SELECT 2"))
                .containsExactly("SELECT U&'d\\0061t;a' UESCAPE '!', u&\"a;b\"", "SELECT 2");
    }

    @Test
    void dollarQuoting() {
        String fn = """
                CREATE FUNCTION f() RETURNS int AS $$
                  SELECT 1; SELECT 'x;
                $$ LANGUAGE sql;
                SELECT 2;""";
        assertThat(split(fn)).containsExactly(fn.substring(0, fn.indexOf("sql;") + 3), "SELECT 2");
    }

    @Test
    void taggedDollarQuotesNestAndLookAlikesDoNotClose() {
        String body = "DO $outer$ BEGIN EXECUTE $a$ SELECT 1; $a$; PERFORM $b$x;$b$; -- $outer not yet\n"
                + "RAISE NOTICE '$outer'; END $outer$";
        assertThat(split(body + "; SELECT 2;")).containsExactly(body, "SELECT 2");
        // $a$ inside $b$ does not close it, $b$ does
        assertThat(split("SELECT $b$ $a$ ; $a$ ; $b$; SELECT 3"))
                .containsExactly("SELECT $b$ $a$ ; $a$ ; $b$", "SELECT 3");
        // the tag is case-sensitive and must match whole: $ab$ does not close $a$
        assertThat(split("SELECT $a$ $A$; $ab$; $a$; SELECT 4"))
                .containsExactly("SELECT $a$ $A$; $ab$; $a$", "SELECT 4");
    }

    @Test
    void dollarAfterDollarClosesTheSameTagAsPsql() {
        // in $$…$x$$, psql reads "$x" then "$$"
        assertThat(split("SELECT $$ a $x$$; SELECT 2")).containsExactly("SELECT $$ a $x$$", "SELECT 2");
    }

    @Test
    void parametersAndDollarsInIdentifiersAreNoQuotes() {
        assertThat(split("PREPARE p AS SELECT $1, $2; SELECT 2")).containsExactly("PREPARE p AS SELECT $1, $2", "SELECT 2");
        assertThat(split("SELECT a$$b FROM t; SELECT 2")).containsExactly("SELECT a$$b FROM t", "SELECT 2");
        assertThat(split("SELECT x$y$ FROM t; SELECT 2")).containsExactly("SELECT x$y$ FROM t", "SELECT 2");
    }

    @Test
    void dollarTagsMayBeUnicode() {
        assertThat(split("SELECT $é$;$é$; SELECT 2")).containsExactly("SELECT $é$;$é$", "SELECT 2");
    }

    @Test
    void nestedBlockComments() {
        assertThat(split("SELECT 1 /* outer /* inner; */ still; comment */ + 1; SELECT 2"))
                .containsExactly("SELECT 1 /* outer /* inner; */ still; comment */ + 1", "SELECT 2");
    }

    @Test
    void lineCommentHidesQuotesAndSemicolons() {
        assertThat(split("SELECT 1 -- it's; \"x\n; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
        assertThat(split("SELECT 1 -- it's; \"x\n + 1; SELECT 2")).containsExactly("SELECT 1 -- it's; \"x\n + 1", "SELECT 2");
    }

    @Test
    void semicolonInsideParenthesesDoesNotSplitLikePsql() {
        assertThat(split("SELECT (1;2); SELECT 2")).containsExactly("SELECT (1;2)", "SELECT 2");
    }

    @Test
    void beginAtomicBodies() {
        String fn = """
                CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  INSERT INTO log VALUES (x);
                  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
                  SELECT CASE x WHEN 1 THEN CASE WHEN true THEN 2 END END;
                END""";
        assertThat(split(fn + ";\nSELECT 2;")).containsExactly(fn, "SELECT 2");
        String proc = "create procedure p() begin atomic insert into t values (1); insert into t values (2); end";
        assertThat(split(proc + "; SELECT 3")).containsExactly(proc, "SELECT 3");
    }

    @Test
    void beginOutsideRoutinesIsATransaction() {
        assertThat(split("BEGIN; SELECT 1; END;")).containsExactly("BEGIN", "SELECT 1", "END");
        assertThat(split("CREATE TABLE t (a int); BEGIN; COMMIT;")).containsExactly("CREATE TABLE t (a int)", "BEGIN", "COMMIT");
    }

    @Test
    void caseOutsideABodyOpensNothing() {
        String fn = "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql RETURN CASE WHEN x > 0 THEN 1 END";
        assertThat(split(fn + "; SELECT 2")).containsExactly(fn, "SELECT 2");
    }

    @Test
    void dollarQuotedBodiesHideTheirBeginAndEnd() {
        String fn = "CREATE FUNCTION f() RETURNS trigger AS $fn$ BEGIN RETURN NEW; END $fn$ LANGUAGE plpgsql";
        assertThat(split(fn + "; SELECT 2")).containsExactly(fn, "SELECT 2");
    }

    @Test
    void quotedBeginIsNoKeyword() {
        String fn = "CREATE FUNCTION \"begin\"() RETURNS int LANGUAGE sql RETURN 1";
        assertThat(split(fn + "; SELECT 2")).containsExactly(fn, "SELECT 2");
    }

    @Test
    void reportsFileLines() {
        String text = "\n-- comment\nSELECT 1;\n\nSELECT\n  2;  SELECT 3;\n/* a\n b */ SELECT $$\n;\n$$;";
        assertThat(Splits.lines(POSTGRES, text, 10)).containsExactly(12, 14, 15, 17);
    }

    @Test
    void crlfInput() {
        String text = "SELECT 1;\r\n-- x\r\nSELECT 'a\r\nb';\r\n\r\nSELECT 3\r\n";
        assertThat(StatementSplitter.split(text, POSTGRES, 1))
                .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 'a\r\nb'", 3),
                        new SqlStatement("SELECT 3", 6));
    }

    @Test
    void unicodeText() {
        assertThat(split("INSERT INTO café VALUES ('naïve; 😀'); SELECT 'ok'"))
                .containsExactly("INSERT INTO café VALUES ('naïve; 😀')", "SELECT 'ok'");
    }

    @Test
    void unterminatedQuotesAndCommentsNameTheirLine() {
        assertMalformed("SELECT 1;\nSELECT 'abc;\nSELECT 2;", "line 2: unterminated string literal");
        assertMalformed("SELECT 1;\n\nSELECT \"abc;", "line 3: unterminated quoted identifier");
        assertMalformed("SELECT E'abc\\';", "line 1: unterminated string literal");
        assertMalformed("SELECT 1;\nSELECT $fn$ body; $f$;", "line 2: unterminated dollar-quoted string $fn$");
        assertMalformed("SELECT 1;\n/* open /* nested */ still open", "line 2: unterminated block comment");
        assertMalformed("SELECT U&'x", "line 1: unterminated string literal");
    }

    @Test
    void errorsNameTheSourceWhenGiven() {
        assertThatThrownBy(() -> StatementSplitter.split("\nSELECT 'x", POSTGRES, 7, "m/a.sql"))
                .isInstanceOf(MalformedMigrationException.class)
                .hasMessage("m/a.sql:8: unterminated string literal");
    }

    private static void assertMalformed(String text, String message) {
        assertThatThrownBy(() -> split(text))
                .isInstanceOf(MalformedMigrationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((MalformedMigrationException) e).hint()).isNotBlank());
    }
}
