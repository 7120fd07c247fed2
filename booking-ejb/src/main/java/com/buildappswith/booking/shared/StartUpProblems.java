package com.buildappswith.booking.shared;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;

/**
 * What the start-up steps (the configured administrator, the demo data) could not do on this node, for the operator:
 * each problem is logged once at WARNING when reported, and {@code /api/health} shows them to admins. A step never
 * stops the node for such a problem; it reports it and goes on, and clears it once it succeeds.
 */
@ApplicationScoped
public class StartUpProblems {

    private static final Logger LOG = Logger.getLogger(StartUpProblems.class.getName());

    private final Map<String, String> byStep = new ConcurrentSkipListMap<>();

    /** Records what {@code step} could not do, replacing its earlier problem; logged unless it is the same again. */
    public void report(String step, String problem) {
        Objects.requireNonNull(problem, "A problem is required.");
        if (!problem.equals(byStep.put(Objects.requireNonNull(step, "A step is required."), problem))) {
            LOG.warning(() -> "Start-up step '" + step + "': " + problem);
        }
    }

    /** {@code step} has done its work. */
    public void clear(String step) {
        byStep.remove(step);
    }

    /** The current problems, each prefixed by its step, in the steps' order by name. */
    public List<String> current() {
        return byStep.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).toList();
    }
}
