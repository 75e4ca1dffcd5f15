package dev.strata.core.error;

/** The configuration or the command line is wrong. */
public class ConfigException extends BadInputException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, String hint) {
        super(message, hint);
    }
}
