package dev.strata.core.script;

/** STUB: being written. SHA-256 (hex) over normalized content: CRLF/CR to LF, trailing whitespace per line and trailing blank lines ignored. */
public final class Checksum {
    private Checksum() {
    }

    public static String of(String content) {
        throw new UnsupportedOperationException("stub");
    }
}
