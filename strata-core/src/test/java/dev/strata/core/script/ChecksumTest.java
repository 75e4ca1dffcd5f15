package dev.strata.core.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumTest {
    private static final String BASE = "-- strata:revision a\n\nSELECT 1;\n  SELECT 2;\n";

    @Test
    void isSha256HexOfTheNormalizedText() {
        // sha256("abc")
        assertThat(Checksum.of("abc\n")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Checksum.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Checksum.of(BASE)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void ignoresLineBreakStyleTrailingWhitespaceAndTrailingBlankLines() {
        String expected = Checksum.of(BASE);
        assertThat(Checksum.of(BASE.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(Checksum.of(BASE.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(Checksum.of("-- strata:revision a  \t\n \t\nSELECT 1;\t\n  SELECT 2;   \n")).isEqualTo(expected);
        assertThat(Checksum.of(BASE + "\n\n  \n\t\n")).isEqualTo(expected);
        assertThat(Checksum.of(BASE.stripTrailing())).isEqualTo(expected);
        assertThat(Checksum.of("-- strata:revision a\r\n\r\nSELECT 1;\n  SELECT 2;")).isEqualTo(expected);
    }

    @Test
    void anyOtherEditChangesIt() {
        String expected = Checksum.of(BASE);
        assertThat(Checksum.of(BASE.replace("SELECT 2", "SELECT 3"))).isNotEqualTo(expected);
        assertThat(Checksum.of(BASE.replace("  SELECT 2", "SELECT 2"))).as("leading whitespace").isNotEqualTo(expected);
        assertThat(Checksum.of("\n" + BASE)).as("leading blank line").isNotEqualTo(expected);
        assertThat(Checksum.of(BASE.replace("\n\n", "\n"))).as("inner blank line").isNotEqualTo(expected);
        assertThat(Checksum.of(BASE.replace("SELECT 1;", "SELECT  1;"))).as("inner whitespace").isNotEqualTo(expected);
        assertThat(Checksum.of(BASE.replace("select", "SELECT").replace("SELECT 1", "select 1"))).as("case").isNotEqualTo(expected);
        assertThat(Checksum.of("\uFEFF" + BASE)).as("byte order mark").isNotEqualTo(expected);
        assertThat(Checksum.of(BASE.replace("\n", "\n\n"))).isNotEqualTo(expected);
    }

    @Test
    void normalizedText() {
        assertThat(Checksum.normalize("a \r\nb\t\r\rc\n\n \n")).isEqualTo("a\nb\n\nc");
        assertThat(Checksum.normalize("\n\na")).isEqualTo("\n\na");
        assertThat(Checksum.normalize("  \n \n")).isEmpty();
    }
}
