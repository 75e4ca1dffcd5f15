package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.core.script.SqlFlavor.MARIADB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MariadbSplitterTest {

    private static List<String> split(String text) {
        return Splits.sql(MARIADB, text);
    }

    @Test
    void splitsOnSemicolons() {
        assertThat(split("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);\nSELECT 1"))
                .containsExactly("CREATE TABLE t (a int)", "INSERT INTO t VALUES (1)", "SELECT 1");
    }

    @Test
    void stringsTakeBackslashesAndDoubledQuotes() {
        assertThat(split("SELECT 'it\\'s;', 'a''b;', \"say \\\"hi\\\";\", \"x\"\"y;\"; SELECT 2"))
                .containsExactly("SELECT 'it\\'s;', 'a''b;', \"say \\\"hi\\\";\", \"x\"\"y;\"", "SELECT 2");
        assertThat(split("SELECT '\\\\'; SELECT 2")).containsExactly("SELECT '\\\\'", "SELECT 2");
    }

    @Test
    void backtickIdentifiersDoubleButDoNotEscapeWithBackslash() {
        assertThat(split("SELECT `a;``b`, `c\\`; SELECT 2")).containsExactly("SELECT `a;``b`, `c\\`", "SELECT 2");
    }

    @Test
    void hashAndDashDashSpaceComments() {
        assertThat(split("# lead; comment\nSELECT 1 # it's;\n+ 1 -- done; 'x\n; SELECT 2"))
                .containsExactly("SELECT 1 # it's;\n+ 1", "SELECT 2");
        assertThat(split("SELECT 1 --\tx;\n; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
        assertThat(split("SELECT 1 --")).containsExactly("SELECT 1");
    }

    @Test
    void dashDashWithoutSpaceIsNoComment() {
        assertThat(split("SELECT 5--1; SELECT 2")).containsExactly("SELECT 5--1", "SELECT 2");
        assertThat(split("SELECT 1 --x; SELECT 2")).containsExactly("SELECT 1 --x", "SELECT 2");
    }

    @Test
    void blockCommentsDoNotNest() {
        assertThat(split("SELECT 1 /* a /* b; */ + 1; SELECT 2")).containsExactly("SELECT 1 /* a /* b; */ + 1", "SELECT 2");
    }

    @Test
    void executableCommentsAreStatementText() {
        assertThat(split("/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SET @x = 1 */;\n/* plain */;"))
                .containsExactly("/*!40101 SET NAMES utf8mb4 */", "/*M!100100 SET @x = 1 */");
        assertThat(split("CREATE TABLE t (a int) /*!50100 ENGINE=InnoDB */; SELECT 2"))
                .containsExactly("CREATE TABLE t (a int) /*!50100 ENGINE=InnoDB */", "SELECT 2");
    }

    @Test
    void storedProgramsKeepTheirBody() {
        String proc = """
                CREATE DEFINER=`root`@`localhost` PROCEDURE p(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  lbl: WHILE i < n DO
                    IF i % 2 = 0 THEN
                      INSERT INTO t VALUES (i);
                    ELSEIF i = 3 THEN
                      BEGIN
                        SELECT 'x;';
                      END;
                    END IF;
                    SET i = i + 1;
                  END WHILE lbl;
                  REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;
                  l2: LOOP LEAVE l2; END LOOP l2;
                  CASE n WHEN 1 THEN SELECT 1; ELSE SELECT CASE WHEN n > 1 THEN 2 END; END CASE;
                END""";
        assertThat(split(proc + ";\nSELECT 2;")).containsExactly(proc, "SELECT 2");
    }

    @Test
    void functionsTriggersEventsAndDefiners() {
        String fn = "CREATE OR REPLACE FUNCTION f(x INT) RETURNS INT DETERMINISTIC BEGIN RETURN x + 1; END";
        String trg = "CREATE DEFINER = 'app'@'%' TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END";
        String evt = "CREATE DEFINER=CURRENT_USER() EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; END";
        String agg = "create definer=root@localhost aggregate function g(x int) returns int begin return 1; end";
        assertThat(split(fn + "; " + trg + ";\n" + evt + ";\n" + agg + "; SELECT 1"))
                .containsExactly(fn, trg, evt, agg, "SELECT 1");
    }

    @Test
    void bodiesWithoutBeginEndAtTheirFirstSemicolon() {
        assertThat(split("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = IF(NEW.b, 1, 2); SELECT 2"))
                .containsExactly("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = IF(NEW.b, 1, 2)", "SELECT 2");
        assertThat(split("CREATE FUNCTION f() RETURNS INT RETURN CASE WHEN 1 THEN 2 END; SELECT 2"))
                .containsExactly("CREATE FUNCTION f() RETURNS INT RETURN CASE WHEN 1 THEN 2 END", "SELECT 2");
    }

    @Test
    void beginOutsideStoredProgramsIsATransaction() {
        assertThat(split("BEGIN; INSERT INTO t VALUES (1); COMMIT;"))
                .containsExactly("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT");
        assertThat(split("CREATE TABLE `begin` (`end` INT); SELECT 2"))
                .containsExactly("CREATE TABLE `begin` (`end` INT)", "SELECT 2");
    }

    @Test
    void anonymousCompoundStatement() {
        String block = "BEGIN NOT ATOMIC DECLARE x INT; SET x = 1; SELECT x; END";
        assertThat(split(block + "; SELECT 2")).containsExactly(block, "SELECT 2");
    }

    @Test
    void delimiterLines() {
        String text = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                END //
                SELECT 'a//b'; SELECT 2//
                delimiter ;
                SELECT 3;
                DELIMITER $$
                SELECT 4$$
                CREATE PROCEDURE q() BEGIN SELECT 5; END$$
                DELIMITER ;
                """;
        assertThat(StatementSplitter.split(text, MARIADB, 1)).containsExactly(
                new SqlStatement("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", 2),
                new SqlStatement("SELECT 'a//b'; SELECT 2", 6),
                new SqlStatement("SELECT 3", 8),
                new SqlStatement("SELECT 4", 10),
                new SqlStatement("CREATE PROCEDURE q() BEGIN SELECT 5; END", 11));
    }

    @Test
    void delimiterOnlyWhereNoStatementIsPending() {
        assertThat(split("CREATE TABLE t (\n  delimiter VARCHAR(10)\n);\nSELECT 2"))
                .containsExactly("CREATE TABLE t (\n  delimiter VARCHAR(10)\n)", "SELECT 2");
    }

    @Test
    void badDelimiterLines() {
        assertMalformed("SELECT 1;\nDELIMITER\nSELECT 2;", "line 2: DELIMITER needs a delimiter");
        assertMalformed("DELIMITER \\\\", "line 1: a delimiter cannot contain a backslash: \\\\");
        assertMalformed("DELIMITER // SELECT 1", "line 1: unexpected text after DELIMITER //: SELECT 1");
        assertThat(split("DELIMITER // -- switch\nSELECT 1//")).containsExactly("SELECT 1");
    }

    @Test
    void reportsFileLines() {
        String text = "# c\nSELECT 1;\n\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND;\n  SELECT\n 2";
        assertThat(Splits.lines(MARIADB, text, 5)).containsExactly(6, 8, 12);
    }

    @Test
    void crlfAndUnicode() {
        assertThat(StatementSplitter.split("SELECT 'é;😀';\r\n# x\r\nSELECT 2;\r\n", MARIADB, 1))
                .containsExactly(new SqlStatement("SELECT 'é;😀'", 1), new SqlStatement("SELECT 2", 3));
    }

    @Test
    void unterminated() {
        assertMalformed("SELECT 1;\nSELECT 'a\\';", "line 2: unterminated string literal");
        assertMalformed("SELECT \"a", "line 1: unterminated double-quoted string");
        assertMalformed("\n\nSELECT `a", "line 3: unterminated backtick identifier");
        assertMalformed("SELECT 1 /* open", "line 1: unterminated block comment");
    }

    private static void assertMalformed(String text, String message) {
        assertThatThrownBy(() -> split(text)).isInstanceOf(MalformedMigrationException.class).hasMessage(message);
    }
}
