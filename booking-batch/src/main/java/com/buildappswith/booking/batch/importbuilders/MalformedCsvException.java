package com.buildappswith.booking.batch.importbuilders;

/** The file itself cannot be read as CSV from this point on, so the import stops rather than guess. */
public class MalformedCsvException extends RuntimeException {

    public MalformedCsvException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
    }
}
