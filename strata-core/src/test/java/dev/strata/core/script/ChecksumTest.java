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

    @Test
    void theBytesOfAnAlreadyNormalizedFileAreDigestedAsTheyAreWithTheSameResult() {
        String clean = "-- strata:revision a\n\nSELECT 'é';\n  SELECT 2;\n\n";
        assertThat(Checksum.normalizedPrefix(clean)).isEqualTo(clean.length() - 2);
        assertThat(Checksum.of(clean, utf8(clean))).isEqualTo(Checksum.of(clean));
        assertThat(Checksum.normalizedPrefix(BASE.replace("\n", "\r\n"))).isEqualTo(-1);
        assertThat(Checksum.normalizedPrefix("a \nb")).isEqualTo(-1);
        assertThat(Checksum.normalizedPrefix("a\nb\u2003")).as("unicode whitespace at the end").isEqualTo(-1);
        assertThat(Checksum.normalizedPrefix("a\u00A0\nb")).as("no-break space is not whitespace").isEqualTo(4);
    }

    @Test
    void bytesAndTextGiveTheSameChecksumForAnyText() {
        char[] alphabet = {'a', 'é', ' ', '\t', '\n', '\n', '\r', '\u2003', '\u00A0', '\u000B', '\u001C', '\uD83D'};
        java.util.Random random = new java.util.Random(42);
        int fastPaths = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                char c = alphabet[random.nextInt(alphabet.length)];
                text.append(c == '\uD83D' ? "\uD83D\uDE00" : String.valueOf(c));
            }
            String s = text.toString();
            fastPaths += Checksum.normalizedPrefix(s) >= 0 ? 1 : 0;
            assertThat(Checksum.of(s, utf8(s))).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(Checksum.of(s));
        }
        assertThat(fastPaths).as("texts that took the bytes path").isGreaterThan(1_000);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
