package com.buildappswith.booking.batch.importbuilders;

/** One line of an import file that cannot become a builder. The job skips it and reports why. */
public class InvalidBuilderLineException extends Exception {

    private final int lineNumber;

    public InvalidBuilderLineException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
