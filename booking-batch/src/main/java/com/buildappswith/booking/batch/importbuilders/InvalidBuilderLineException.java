package com.buildappswith.booking.batch.importbuilders;

/**
 * One line of an import file that cannot become a builder, whether it is not valid CSV or not a valid builder.
 * The job skips it and reports why, starting with the line number.
 */
public class InvalidBuilderLineException extends Exception {

    public InvalidBuilderLineException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
    }
}
