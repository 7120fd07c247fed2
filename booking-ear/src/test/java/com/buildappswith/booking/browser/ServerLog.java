package com.buildappswith.booking.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The log of the server the tests run against (the build names it in {@code booking.serverLog}), read from a mark
 * on, to find what an operator would have to look into: Payara's WARNING and SEVERE lines, WildFly's WARN and ERROR.
 */
final class ServerLog {

    private static final Pattern WORTH_INVESTIGATING = Pattern.compile(
            "\\|(WARNING|SEVERE)\\||\\[(WARNING|SEVERE)]| (WARN|ERROR|FATAL) +\\[|JSF1095");
    /**
     * Payara's batch runtime leaves a job XML stream open when the demo import starts, and Payara reports it whenever
     * the stream is collected (NCLS-COMUTIL-00023), which may be in the middle of any test: known (README), not ours.
     */
    private static final Pattern KNOWN_HARMLESS = Pattern.compile("NCLS-COMUTIL-00023");

    private final Path file;
    private final long mark;

    private ServerLog(Path file, long mark) {
        this.file = file;
        this.mark = mark;
    }

    /** The log from its present end on. */
    static ServerLog fromNow() throws IOException {
        Path file = Path.of(System.getProperty("booking.serverLog", "server.log"));
        return new ServerLog(file, Files.size(file));
    }

    /** The lines written since the mark that an operator would have to look into. */
    List<String> worthInvestigating() throws IOException {
        return lines().stream()
                .filter(line -> WORTH_INVESTIGATING.matcher(line).find())
                .filter(line -> !KNOWN_HARMLESS.matcher(line).find())
                .toList();
    }

    /** Every line written since the mark. */
    List<String> lines() throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            byte[] written = new byte[(int) Math.max(0, log.length() - mark)];
            log.seek(mark);
            log.readFully(written);
            return Arrays.asList(new String(written, StandardCharsets.UTF_8).split("\\R"));
        }
    }
}
