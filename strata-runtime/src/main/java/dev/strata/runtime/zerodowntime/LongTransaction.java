package dev.strata.runtime.zerodowntime;

import java.time.Duration;

/**
 * A session holding a transaction open: a statement that needs a strong lock would wait for it, and every query
 * on the table would queue behind that statement.
 *
 * @param pid         the server process id ({@code pg_terminate_backend(pid)} ends it)
 * @param user        the database user
 * @param application the application name it gave, or empty
 * @param client      the client address, or empty for a local socket
 * @param age         how long its transaction has been open
 * @param state       {@code idle in transaction}, {@code active}…
 * @param query       its last statement, abbreviated
 */
public record LongTransaction(int pid, String user, String application, String client, Duration age, String state,
                              String query) {

    /** One line for a person: {@code pid 4242 (user app, application "billing", idle in transaction for 2m 5s): UPDATE …}. */
    public String describe() {
        return "pid " + pid + " (user " + user + (application.isEmpty() ? "" : ", application \"" + application + "\"")
                + (client.isEmpty() ? "" : ", from " + client) + ", " + state + " for " + Durations.format(age) + ")"
                + (query.isEmpty() ? "" : ": " + query);
    }
}
