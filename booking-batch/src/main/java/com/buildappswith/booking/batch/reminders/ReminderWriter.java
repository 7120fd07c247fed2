package com.buildappswith.booking.batch.reminders;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.jobs.model.DueReminder;
import com.buildappswith.booking.jobs.model.JobSchedule;
import com.buildappswith.booking.jobs.model.ReminderOffsets;
import com.buildappswith.booking.shared.Settings;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Writes a chunk's reminders in the chunk's transaction, together with the run's progress and its partition's
 * position (the share the reminders were read in) and the renewal of its lease: they commit or roll back as one.
 */
@Named
@Dependent
public class ReminderWriter extends AbstractItemWriter {

    @Inject
    private JobContext jobContext;

    @EJB
    private JobWork work;

    private ReminderOffsets offsets;
    private RunParameters run;

    @Override
    public void open(Serializable checkpoint) {
        offsets = new JobSchedule(Settings.fromSystem()).remindersBefore();
        run = RunParameters.of(jobContext);
    }

    @Override
    public void writeItems(List<Object> items) {
        work.writeReminders(items.stream().map(DueReminder.class::cast).toList(), offsets, run.runId(),
                run.holder());
    }
}
