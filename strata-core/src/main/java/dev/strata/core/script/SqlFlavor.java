package dev.strata.core.script;

/** The lexical rules a database's own client uses to split a script into statements. */
public enum SqlFlavor {
    /** psql: dollar quoting, E'' strings, nested block comments, BEGIN ATOMIC bodies. */
    POSTGRES,
    /** mariadb/mysql client: backticks, backslash escapes, # comments, BEGIN … END bodies, DELIMITER. */
    MARIADB,
    /** sqlite3 shell: [brackets], backticks, CREATE TRIGGER … BEGIN … END. */
    SQLITE
}
