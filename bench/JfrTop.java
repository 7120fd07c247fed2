import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a server's CPU went during a load run, from a JFR recording (settings=profile): execution samples counted by
 * the innermost frame's package and method (self time), by the libraries and application methods anywhere on the
 * stack (inclusive time), allocation by class, and time parked or blocked by the top frames. Run with the JDK's
 * source launcher, optionally naming part of the request threads' name to count only those:
 * <pre>
 *   java bench/JfrTop.java recording.jfr ["default task" [2026-12-02T00:31:05Z 2026-12-02T00:31:30Z]]
 * </pre>
 * Inclusive counts of outer frames (filters, EJB interceptors) need whole stacks: JFR keeps 64 frames unless the
 * JVM was started with {@code -XX:FlightRecorderOptions:stackdepth=256}, and the count of truncated stacks is printed.
 * <p>
 * Record from the JVM's start ({@code -XX:StartFlightRecording}) and dump the measured seconds: a recording started
 * on a warm server instruments classes as it starts, which throws away their compiled code, and the load then runs
 * mostly interpreted (84% of the innermost frames in one such recording, against 2% when recorded from the start).
 * The share of interpreted innermost frames is printed, with a warning above {@value #INTERPRETED_WARNING}%, and so
 * is each thread group's share of the process's CPU, where the JIT compilers show as their own group.
 */
public final class JfrTop {

    private static final List<String> LIBRARIES = List.of("org.eclipse.persistence", "org.postgresql", "io.undertow",
            "org.jboss.resteasy", "org.jboss.weld", "org.jboss.as.ejb3", "org.jboss.invocation", "com.arjuna",
            "org.wildfly.transaction", "org.wildfly.security", "org.glassfish.soteria", "org.jboss.jca",
            "org.jboss.as.connector", "org.eclipse.yasson", "org.eclipse.parsson", "org.hibernate.validator",
            "org.jboss.logmanager", "java.util.logging", "com.sun.crypto", "sun.security", "java.lang.reflect",
            "java.lang.invoke", "java.lang.Throwable");
    private static final String APPLICATION = "com.buildappswith";
    private static final int INTERPRETED_WARNING = 20;

    private final Map<String, Long> selfPackages = new HashMap<>();
    private final Map<String, Long> selfMethods = new HashMap<>();
    private final Map<String, Long> libraries = new HashMap<>();
    private final Map<String, Long> applicationMethods = new HashMap<>();
    private final Map<String, Long> allocationKib = new HashMap<>();
    private final Map<String, Long> waitedMs = new HashMap<>();
    private final Map<String, Long> frameKinds = new HashMap<>();
    private final Map<String, Double> threadCpu = new HashMap<>();
    private long samples;
    private long truncated;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java bench/JfrTop.java RECORDING.jfr [THREAD-NAME-PART [FROM [UNTIL]]]");
            System.exit(2);
        }
        JfrTop top = new JfrTop();
        // A dump holds whole chunks, so one asked for the measured seconds may begin in the warm-up: FROM and UNTIL
        // (instants such as 2026-12-02T00:31:05Z) keep only the events that started within them.
        Instant from = args.length > 2 ? Instant.parse(args[2]) : Instant.MIN;
        Instant until = args.length > 3 ? Instant.parse(args[3]) : Instant.MAX;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getStartTime().isBefore(from) && event.getStartTime().isBefore(until)) {
                    top.add(event, args.length > 1 ? args[1] : "");
                }
            }
        }
        top.print();
    }

    private void add(RecordedEvent event, String threadPart) {
        if (event.getEventType().getName().equals("jdk.ThreadCPULoad") && event.getThread() != null) {
            threadCpu.merge(threadGroup(event.getThread()), event.getDouble("user") + event.getDouble("system"),
                    Double::sum);
            return;
        }
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> {
                RecordedThread thread = event.getThread("sampledThread");
                String name = thread == null ? null : thread.getJavaName();
                if (threadPart.isEmpty() || (name != null && name.contains(threadPart))) {
                    sample(stack);
                }
            }
            case "jdk.ObjectAllocationSample" -> allocationKib.merge(event.getClass("objectClass").getName() + " in "
                    + shortName(stack.getFrames().get(0)), event.getLong("weight") / 1024, Long::sum);
            case "jdk.JavaMonitorEnter", "jdk.ThreadPark" -> waitedMs.merge(event.getEventType().getName().substring(4)
                    + " " + stack.getFrames().stream().limit(4).map(JfrTop::shortName)
                    .collect(Collectors.joining(" < ")), event.getDuration().toMillis(), Long::sum);
            default -> { }
        }
    }

    private void sample(RecordedStackTrace stack) {
        samples++;
        if (stack.isTruncated()) {
            truncated++;
        }
        RecordedFrame innermost = stack.getFrames().get(0);
        frameKinds.merge(innermost.getType(), 1L, Long::sum);
        String type = className(innermost);
        selfPackages.merge(type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : type, 1L, Long::sum);
        selfMethods.merge(type + "." + innermost.getMethod().getName(), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : stack.getFrames()) {
            String frameType = className(frame);
            LIBRARIES.stream().filter(frameType::startsWith).filter(seen::add)
                    .forEach(library -> libraries.merge(library, 1L, Long::sum));
            if (frameType.startsWith(APPLICATION) && seen.add(shortName(frame))) {
                applicationMethods.merge(shortName(frame), 1L, Long::sum);
            }
        }
    }

    private void print() {
        System.out.printf("%d execution samples, %d of them truncated stacks%n", samples, truncated);
        long interpreted = frameKinds.getOrDefault("Interpreted", 0L);
        if (samples > 0 && 100 * interpreted > INTERPRETED_WARNING * samples) {
            System.out.printf("WARNING: %.0f%% of the innermost frames ran interpreted: was the recording started on a"
                    + " warm JVM? Record from its start (-XX:StartFlightRecording) and dump the measured seconds.%n",
                    100.0 * interpreted / samples);
        }
        print("innermost frames by how they ran", frameKinds, samples, 3);
        double cpu = threadCpu.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.println();
        System.out.println("== the process's CPU by thread group (jdk.ThreadCPULoad)");
        threadCpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(entry -> System.out.printf("%16.1f%%  %s%n", 100 * entry.getValue() / cpu, entry.getKey()));
        print("self time by package", selfPackages, samples, 20);
        print("self time by method", selfMethods, samples, 25);
        print("inclusive time by library", libraries, samples, LIBRARIES.size());
        print("inclusive time by application method", applicationMethods, samples, 40);
        print("allocated KiB by class and allocating method", allocationKib, 0, 15);
        print("ms parked or blocked by top frames", waitedMs, 0, 12);
    }

    private static void print(String title, Map<String, Long> counts, long total, int limit) {
        System.out.println();
        System.out.println("== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(entry -> System.out.printf("%9d %7s  %s%n", entry.getValue(),
                        total > 0 ? String.format("%.1f%%", 100.0 * entry.getValue() / total) : "", entry.getKey()));
    }

    /** "default task-12" and "C2 CompilerThread1" count as "default task" and "C2 CompilerThread". */
    private static String threadGroup(RecordedThread thread) {
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return name == null ? "?" : name.replaceAll("[\\s\\d-]+$", "");
    }

    private static String className(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }

    private static String shortName(RecordedFrame frame) {
        String type = className(frame);
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
