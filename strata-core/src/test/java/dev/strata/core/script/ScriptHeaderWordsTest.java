package dev.strata.core.script;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's word splitter gives exactly what {@code split("\\s+")} gave, without a regular expression. */
class ScriptHeaderWordsTest {
    @Test
    void sameAsSplittingOnRunsOfRegexWhitespace() {
        for (String text : List.of("", "a", "a b", "a  b", " a", "a ", "\ta\u000Bb\fc\rd\ne", "a\u001Cb", "a\u00A0b", "  ")) {
            assertThat(ScriptHeader.words(text)).as("[%s]", text).isEqualTo(List.of(text.split("\\s+")));
        }
        Random random = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u001C\u2003";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(ScriptHeader.words(text.toString())).isEqualTo(List.of(text.toString().split("\\s+")));
        }
    }
}
