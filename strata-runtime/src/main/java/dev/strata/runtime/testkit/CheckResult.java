package dev.strata.runtime.testkit;

import java.util.Objects;

/**
 * One check's outcome, as {@code strata test --format json} prints it.
 *
 * @param name       the check: {@code single-head}, {@code upgrade}, …, or a data test's folder ({@code tests/<revision>})
 * @param status     pass, fail or skip
 * @param revision   the revision the outcome is about (the one that failed, or the head checked), or null
 * @param message    what was checked or what went wrong; a failure always names the revision
 * @param durationMs how long the check took
 */
public record CheckResult(String name, CheckStatus status, String revision, String message, long durationMs) {
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public static CheckResult pass(String name, String revision, String message) {
        return new CheckResult(name, CheckStatus.PASS, revision, message, 0);
    }

    public static CheckResult fail(String name, String revision, String message) {
        return new CheckResult(name, CheckStatus.FAIL, revision, message, 0);
    }

    public static CheckResult skip(String name, String revision, String message) {
        return new CheckResult(name, CheckStatus.SKIP, revision, message, 0);
    }

    public CheckResult took(long millis) {
        return new CheckResult(name, status, revision, message, millis);
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }
}
