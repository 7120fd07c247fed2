package com.buildappswith.booking.batch.importbuilders;

import jakarta.batch.runtime.context.StepContext;

import java.io.Serializable;

/** What one import run did, kept in the step context and written to the job's exit status at the end. */
public final class ImportTally implements Serializable {

    private int created;
    private int alreadyPresent;
    private int skipped;

    static ImportTally of(StepContext step) {
        if (step.getPersistentUserData() instanceof ImportTally tally) {
            return tally;
        }
        ImportTally tally = new ImportTally();
        step.setPersistentUserData(tally);
        return tally;
    }

    /** Stores the tally in the step again: runtimes may hand out a copy of the user data (JBeret does). */
    void saveTo(StepContext step) {
        step.setPersistentUserData(this);
    }

    void created() {
        created++;
    }

    void alreadyPresent() {
        alreadyPresent++;
    }

    void skipped() {
        skipped++;
    }

    @Override
    public String toString() {
        return "created " + created + ", already present " + alreadyPresent + ", skipped " + skipped;
    }
}
