package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.script.SqlFlavor.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteSplitterTest {

    private static List<String> split(String text) {
        return Splits.sql(SQLITE, text);
    }

    @Test
    void splitsOnSemicolons() {
        assertThat(split("CREATE TABLE t (a);\n\nINSERT INTO t VALUES (1);SELECT 1"))
                .containsExactly("CREATE TABLE t (a)", "INSERT INTO t VALUES (1)", "SELECT 1");
    }

    @Test
    void everyQuotingForm() {
        assertThat(split("SELECT 'a;''b', \"c;\"\"d\", `e;``f`, [g;h] FROM t; SELECT 2"))
                .containsExactly("SELECT 'a;''b', \"c;\"\"d\", `e;``f`, [g;h] FROM t", "SELECT 2");
        assertThat(split("SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void comments() {
        assertThat(split("-- a;\nSELECT 1 /* b; */ + 1 -- c;\n; /* d */ SELECT 2"))
                .containsExactly("SELECT 1 /* b; */ + 1", "SELECT 2");
    }

    @Test
    void triggerBodies() {
        String trg = """
                CREATE TRIGGER tr AFTER INSERT ON t
                BEGIN
                  INSERT INTO log VALUES (new.a);
                  UPDATE t SET b = CASE WHEN new.a > 0 THEN 1 ELSE 0 END WHERE a = new.a;
                  SELECT CASE WHEN 1 THEN 2 END;
                END""";
        assertThat(split(trg + ";\nSELECT 2;")).containsExactly(trg, "SELECT 2");
        String temp = "create temporary trigger tr2 before delete on t begin delete from log; end";
        String temp2 = "CREATE TEMP TRIGGER IF NOT EXISTS tr3 BEFORE DELETE ON t BEGIN SELECT 1; END";
        assertThat(split(temp + "; " + temp2 + "; SELECT 3")).containsExactly(temp, temp2, "SELECT 3");
    }

    @Test
    void endInsideTheBodyNeedsASemicolonBeforeIt() {
        String trg = "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; /* x */ END";
        assertThat(split(trg + " /* y */; SELECT 2")).containsExactly(trg, "SELECT 2");
    }

    @Test
    void otherCreatesAndTempTables() {
        assertThat(split("CREATE TEMP TABLE t (a); CREATE TABLE trigger_log (a); SELECT 2"))
                .containsExactly("CREATE TEMP TABLE t (a)", "CREATE TABLE trigger_log (a)", "SELECT 2");
        assertThat(split("BEGIN; SELECT 1; END;")).containsExactly("BEGIN", "SELECT 1", "END");
    }

    @Test
    void reportsFileLinesWithCrlf() {
        String text = "SELECT 1;\r\n\r\nCREATE TRIGGER tr AFTER INSERT ON t\r\nBEGIN\r\n SELECT 1;\r\nEND;\r\n-- x\r\n  SELECT 'é'";
        assertThat(Splits.lines(SQLITE, text, 2)).containsExactly(2, 4, 9);
    }

    @Test
    void unterminated() {
        assertMalformed("SELECT 1;\nSELECT [a;", "line 2: unterminated bracketed identifier");
        assertMalformed("SELECT 'a", "line 1: unterminated string literal");
        assertMalformed("SELECT `a", "line 1: unterminated backtick identifier");
        assertMalformed("SELECT \"a", "line 1: unterminated quoted identifier");
        assertMalformed("\nSELECT 1 /* a", "line 2: unterminated block comment");
        // comments do not nest: the first */ closes
        assertThat(split("SELECT 1 /* a /* b */ + 1; SELECT 2")).containsExactly("SELECT 1 /* a /* b */ + 1", "SELECT 2");
    }

    private static void assertMalformed(String text, String message) {
        assertThatThrownBy(() -> split(text)).isInstanceOf(MalformedMigrationException.class).hasMessage(message);
    }
}
