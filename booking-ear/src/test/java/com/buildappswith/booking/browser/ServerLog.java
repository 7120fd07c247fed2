package com.buildappswith.booking.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The log of the server the tests run against (the build names it in {@code booking.serverLog}), read from a mark
 * on, to find what an operator would have to look into: Payara's WARNING and SEVERE lines, WildFly's WARN and ERROR
 * (and WARNING and SEVERE, the names WildFly's log keeps for what the application logs through java.util.logging).
 */
final class ServerLog {

    private static final Pattern WORTH_INVESTIGATING = Pattern.compile(
            "\\|(WARNING|SEVERE)\\||\\[(WARNING|SEVERE)]| (WARN|WARNING|ERROR|SEVERE|FATAL) +\\[|JSF1095");
    /**
     * Payara's batch runtime leaves a job XML stream open whenever a job starts (the demo import, every run of a
     * scheduled job), and Payara reports it with a stack trace whenever the stream is collected (NCLS-COMUTIL-00023),
     * which may be in the middle of any test: known (README), not ours.
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

    /** Where an entry of either server's log begins: its date. */
    private static final Pattern ENTRY = Pattern.compile("^\\[?\\d{4}-\\d{2}-\\d{2}");

    /** The first lines of the entries written since the mark that carry a stack trace, but for the known harmless. */
    List<String> stackTraces() throws IOException {
        List<String> traced = new ArrayList<>();
        List<String> entry = new ArrayList<>();
        for (String line : lines()) {
            if (ENTRY.matcher(line).find()) {
                addIfTraced(entry, traced);
                entry = new ArrayList<>();
            }
            entry.add(line);
        }
        addIfTraced(entry, traced);
        return traced;
    }

    private static void addIfTraced(List<String> entry, List<String> traced) {
        if (entry.stream().anyMatch(line -> line.startsWith("\tat "))
                && entry.stream().noneMatch(line -> KNOWN_HARMLESS.matcher(line).find())) {
            traced.add(String.join(" ", entry.subList(0, Math.min(3, entry.size()))));
        }
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
