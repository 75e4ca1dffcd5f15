package dev.strata.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** Hands what the command prints to the Maven log, line by line, as it is printed. */
final class LogWriter extends Writer {
    private final Consumer<String> log;
    private final StringBuilder line = new StringBuilder();
    private String firstLine = "";

    LogWriter(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // a line goes to the log when it is complete; a partial one waits for its end or for close()
    }

    @Override
    public synchronized void close() {
        if (!line.isEmpty()) {
            emit();
        }
    }

    /** The first non-blank line printed, for a failure's message. */
    synchronized String firstLine() {
        return firstLine;
    }

    private void emit() {
        String text = line.toString();
        line.setLength(0);
        if (firstLine.isEmpty() && !text.isBlank()) {
            firstLine = text.strip();
        }
        log.accept(text);
    }
}
