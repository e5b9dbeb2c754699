package io.github.reformplan.agency;

/**
 * Agency data (the built-in file or a user's extra agencies) cannot be read or is inconsistent:
 * malformed YAML, an unknown field, a bad id or date, a successor that does not exist, two agencies
 * claiming the same name. The message names the source and the entry.
 */
public class AgencyDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AgencyDataException(String message) {
        super(message);
    }

    public AgencyDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
