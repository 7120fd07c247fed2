import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
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
 *   java bench/JfrTop.java recording.jfr ["default task"]
 * </pre>
 * Inclusive counts of outer frames (filters, EJB interceptors) need whole stacks: JFR keeps 64 frames unless the
 * JVM was started with {@code -XX:FlightRecorderOptions:stackdepth=256}, and the count of truncated stacks is printed.
 */
public final class JfrTop {

    private static final List<String> LIBRARIES = List.of("org.eclipse.persistence", "org.postgresql", "io.undertow",
            "org.jboss.resteasy", "org.jboss.weld", "org.jboss.as.ejb3", "org.jboss.invocation", "com.arjuna",
            "org.wildfly.transaction", "org.wildfly.security", "org.glassfish.soteria", "org.jboss.jca",
            "org.jboss.as.connector", "org.eclipse.yasson", "org.eclipse.parsson", "org.hibernate.validator",
            "org.jboss.logmanager", "java.util.logging", "com.sun.crypto", "sun.security", "java.lang.reflect",
            "java.lang.invoke", "java.lang.Throwable");
    private static final String APPLICATION = "com.buildappswith";

    private final Map<String, Long> selfPackages = new HashMap<>();
    private final Map<String, Long> selfMethods = new HashMap<>();
    private final Map<String, Long> libraries = new HashMap<>();
    private final Map<String, Long> applicationMethods = new HashMap<>();
    private final Map<String, Long> allocationKib = new HashMap<>();
    private final Map<String, Long> waitedMs = new HashMap<>();
    private long samples;
    private long truncated;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java bench/JfrTop.java RECORDING.jfr [THREAD-NAME-PART]");
            System.exit(2);
        }
        JfrTop top = new JfrTop();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                top.add(recording.readEvent(), args.length > 1 ? args[1] : "");
            }
        }
        top.print();
    }

    private void add(RecordedEvent event, String threadPart) {
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

    private static String className(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }

    private static String shortName(RecordedFrame frame) {
        String type = className(frame);
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
