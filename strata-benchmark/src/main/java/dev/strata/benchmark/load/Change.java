package dev.strata.benchmark.load;

import java.util.List;

/**
 * One schema change of the load scenario, written twice: the naive SQL a user would run over JDBC without Strata,
 * and the Strata migration files (run through Strata's CLI with its defaults) that make the same change safely.
 * Every change works on the table {@code accounts} of {@link LoadTable}; {@link #check} is true once it is done.
 */
enum Change {
    NOT_NULL_COLUMN("add a NOT NULL column",
            "ALTER TABLE accounts ADD COLUMN uid uuid NOT NULL DEFAULT gen_random_uuid()",
            List.of(file("10ad00000001", "base", "add uid not null", false, """
                    ALTER TABLE accounts ADD COLUMN IF NOT EXISTS uid uuid;
                    ALTER TABLE accounts ALTER COLUMN uid SET DEFAULT gen_random_uuid();

                    -- strata:backfill table=accounts key=id batch=10000
                    UPDATE accounts SET uid = gen_random_uuid() WHERE uid IS NULL AND {batch};

                    ALTER TABLE accounts ADD CONSTRAINT accounts_uid_not_null CHECK (uid IS NOT NULL) NOT VALID;
                    ALTER TABLE accounts VALIDATE CONSTRAINT accounts_uid_not_null;
                    ALTER TABLE accounts ALTER COLUMN uid SET NOT NULL;
                    ALTER TABLE accounts DROP CONSTRAINT accounts_uid_not_null;
                    """, "ALTER TABLE accounts DROP COLUMN uid;")),
            "SELECT attnotnull AND NOT EXISTS (SELECT 1 FROM accounts WHERE uid IS NULL) FROM pg_attribute"
                    + " WHERE attrelid = 'accounts'::regclass AND attname = 'uid'"),

    FOREIGN_KEY("add a foreign key",
            "ALTER TABLE accounts ADD CONSTRAINT accounts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)",
            List.of(file("10ad00000002", "base", "add fk to customers", false, """
                    ALTER TABLE accounts ADD CONSTRAINT accounts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
                    ALTER TABLE accounts VALIDATE CONSTRAINT accounts_customer_id_fkey;
                    """, "ALTER TABLE accounts DROP CONSTRAINT accounts_customer_id_fkey;")),
            "SELECT convalidated FROM pg_constraint WHERE conname = 'accounts_customer_id_fkey' AND contype = 'f'"),

    INDEX("create an index",
            "CREATE INDEX accounts_amount_idx ON accounts (amount)",
            List.of(file("10ad00000003", "base", "index amount", false, """
                    CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_amount_idx ON accounts (amount);
                    """, "DROP INDEX CONCURRENTLY IF EXISTS accounts_amount_idx;")),
            "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('accounts_amount_idx')"),

    /*
     * Strata has no expand/contract command yet: the manual expand form as Strata migrations (a new column kept in
     * step by a trigger, filled by a batched backfill), then the contract (swap the columns) with the lock timeout.
     * Run back to back here; in a real deploy the contract waits until no old application version reads the column.
     */
    COLUMN_TYPE("change a column's type",
            "ALTER TABLE accounts ALTER COLUMN amount TYPE bigint",
            List.of(file("10ad00000004", "base", "expand amount to bigint", false, """
                    ALTER TABLE accounts ADD COLUMN IF NOT EXISTS amount_new bigint;
                    CREATE OR REPLACE FUNCTION accounts_amount_sync() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        NEW.amount_new := NEW.amount;
                        RETURN NEW;
                    END $$;
                    CREATE OR REPLACE TRIGGER accounts_amount_sync BEFORE INSERT OR UPDATE ON accounts
                        FOR EACH ROW EXECUTE FUNCTION accounts_amount_sync();

                    -- strata:backfill table=accounts key=id batch=10000
                    UPDATE accounts SET amount_new = amount WHERE {batch};
                    """, """
                    DROP TRIGGER IF EXISTS accounts_amount_sync ON accounts;
                    DROP FUNCTION IF EXISTS accounts_amount_sync();
                    ALTER TABLE accounts DROP COLUMN IF EXISTS amount_new;
                    """),
                    file("10ad00000005", "10ad00000004", "contract amount to bigint", true, """
                    DROP TRIGGER accounts_amount_sync ON accounts;
                    DROP FUNCTION accounts_amount_sync();
                    ALTER TABLE accounts DROP COLUMN amount;
                    ALTER TABLE accounts RENAME COLUMN amount_new TO amount;
                    """, "ALTER TABLE accounts ALTER COLUMN amount TYPE integer;")),
            "SELECT format_type(atttypid, atttypmod) = 'bigint' FROM pg_attribute"
                    + " WHERE attrelid = 'accounts'::regclass AND attname = 'amount' AND NOT attisdropped"),

    BACKFILL("backfill every row",
            "UPDATE accounts SET score = amount * 2",
            List.of(file("10ad00000006", "base", "backfill score", false, """
                    -- strata:backfill table=accounts key=id batch=10000
                    UPDATE accounts SET score = amount * 2 WHERE {batch};
                    """, "UPDATE accounts SET score = NULL;")),
            "SELECT NOT EXISTS (SELECT 1 FROM accounts WHERE score IS DISTINCT FROM amount * 2)");

    private final String label;
    private final String naive;
    private final List<MigrationFile> strata;
    private final String check;

    Change(String label, String naive, List<MigrationFile> strata, String check) {
        this.label = label;
        this.naive = naive;
        this.strata = strata;
        this.check = check;
    }

    String label() {
        return label;
    }

    /** The one statement a user would run without Strata. */
    String naive() {
        return naive;
    }

    /** The Strata way: migration files, in order. */
    List<MigrationFile> strata() {
        return strata;
    }

    /** A query whose one boolean is true once the change is complete (column, constraint, index, type, data). */
    String check() {
        return check;
    }

    /** A Strata migration file: its name and its text. */
    record MigrationFile(String name, String text) {
    }

    private static MigrationFile file(String revision, String revises, String message, boolean transactional,
                                      String upgrade, String downgrade) {
        String text = "-- strata:revision " + revision + "\n-- strata:revises " + revises + "\n-- strata:message " + message
                + "\n" + (transactional ? "" : "-- strata:transactional false\n")
                + "\n-- strata:upgrade\n" + upgrade.strip() + "\n\n-- strata:downgrade\n" + downgrade.strip() + "\n";
        return new MigrationFile(revision + "_" + message.replace(' ', '_') + ".sql", text);
    }
}
