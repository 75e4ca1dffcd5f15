package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;
import dev.strata.core.script.ExpandDirective.Kind;
import dev.strata.core.script.ExpandDirective.NewColumn;
import dev.strata.core.script.ExpandDirective.QualifiedName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpandDirectiveTest {
    private static MigrationScript script(String upgrade) {
        return ScriptParser.parse(Path.of("x.sql"), "-- strata:revision a1\n-- strata:revises base\n\n-- strata:upgrade\n" + upgrade
                + "\n-- strata:downgrade\nSELECT 1;\n");
    }

    @Test
    void readsEachKindWithQuotedNamesAndExpressionsThatHoldBlanks() {
        ExpandDirective rename = ExpandDirective.find(script("-- strata:expand rename-column table=Users column=Name to=full_name"));
        assertThat(rename.kind()).isEqualTo(Kind.RENAME_COLUMN);
        assertThat(rename.table()).isEqualTo(new QualifiedName(null, "users"));
        assertThat(rename.column()).isEqualTo("name");
        assertThat(rename.columns()).containsExactly(new NewColumn("full_name", null, null));
        assertThat(rename.line()).isEqualTo(5);

        ExpandDirective change = ExpandDirective.find(script("-- strata:expand change-type table=app.\"Or\"\"ders\" column=amount"
                + " to=\"amount cents\" type=numeric(12, 0) using=(amount * 100) reverse=(\"amount cents\" / 100.0) batch=50 sleep=5ms"));
        assertThat(change.table()).isEqualTo(new QualifiedName("app", "Or\"ders"));
        assertThat(change.columns()).containsExactly(new NewColumn("amount cents", "numeric(12, 0)", "(amount * 100)"));
        assertThat(change.reverse()).isEqualTo("(\"amount cents\" / 100.0)");
        assertThat(change.batch()).isEqualTo("50");
        assertThat(change.sleep()).isEqualTo("5ms");

        ExpandDirective split = ExpandDirective.find(script("-- strata:expand split-column table=p column=name to=a,b"
                + " using=split_part(name, ' ', 1),split_part(name, ', ', 2) reverse=concat_ws(' ', a, b)"));
        assertThat(split.columns()).extracting(NewColumn::using).containsExactly("split_part(name, ' ', 1)", "split_part(name, ', ', 2)");
        assertThat(split.reverse()).isEqualTo("concat_ws(' ', a, b)");
    }

    @Test
    void aMigrationWithoutTheDirectiveHasNone() {
        assertThat(ExpandDirective.find(script("ALTER TABLE t ADD COLUMN c int;"))).isNull();
    }

    @Test
    void mistakesAreOneLineNamingFileAndLine() {
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand rename-column table=t column=a to=b\nALTER TABLE t ADD c int;")))
                .isInstanceOf(MalformedMigrationException.class).hasMessageStartingWith("x.sql:6: SQL beside -- strata:expand");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand rename-column table=t column=a to=b\n"
                + "-- strata:expand rename-column table=t column=c to=d")))
                .hasMessageContaining("x.sql:6: a second -- strata:expand");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand move-column table=t column=a to=b")))
                .hasMessageContaining("unknown expand change `move-column`");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand change-type table=t column=a to=b type=int reverse=b / 2")))
                .hasMessageContaining("`/` in an expand line is not name=value");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand change-type table=t column=a to=b")))
                .hasMessageContaining("change-type needs one to= and one type=");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand split-column table=t column=a to=b,c using=x")))
                .hasMessageContaining("split-column needs two or more to= columns");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand rename-column table=t column=a to=a")))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand rename-column table=t column=a to=b colour=red")))
                .hasMessageContaining("unknown expand option colour");
        assertThatThrownBy(() -> ExpandDirective.find(script("-- strata:expand rename-column table=\"t column=a to=b")))
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> ScriptParser.parse(Path.of("x.sql"), "-- strata:revision a1\n-- strata:revises base\n-- strata:upgrade\n"
                + "SELECT 1;\n-- strata:downgrade\n-- strata:expand rename-column table=t column=a to=b\n"))
                .hasMessageContaining("x.sql:6: -- strata:expand outside the upgrade section");
    }
}
