package com.buildappswith.booking.batch.reminders;

import com.buildappswith.booking.batch.schedule.RunParameters;
import com.buildappswith.booking.jobs.application.JobLedger;
import com.buildappswith.booking.jobs.application.JobWork;
import com.buildappswith.booking.jobs.model.BookingPosition;
import com.buildappswith.booking.jobs.model.BookingShare;
import com.buildappswith.booking.jobs.model.DueReminder;
import com.buildappswith.booking.jobs.model.JobSchedule;
import com.buildappswith.booking.jobs.model.ReminderOffsets;
import com.buildappswith.booking.jobs.model.SharePositions;
import com.buildappswith.booking.shared.Settings;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Streams the reminders due in its partition's share of the bookings, a page at a time by keyset on (start, id), so
 * the job's memory holds one page however many bookings there are. Its checkpoint is the position of the last
 * reminder read; a run that starts afresh (a restart of a failed or abandoned run) begins from the position its run
 * row carries for the share.
 */
@Named
@Dependent
public class DueReminderReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty
    private String share;

    @Inject
    @BatchProperty
    private String shares;

    @EJB
    private JobWork work;

    @EJB
    private JobLedger ledger;

    private final Deque<DueReminder> page = new ArrayDeque<>();
    private BookingShare bookings;
    private ReminderOffsets offsets;
    private Optional<BookingPosition> position;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        offsets = new JobSchedule(Settings.fromSystem()).remindersBefore();
        bookings = ReminderShares.of(share, shares);
        if (checkpoint instanceof BookingPosition reached) {
            position = Optional.of(reached);
        } else {
            position = SharePositions.of(ledger.checkpointOf(RunParameters.of(jobContext).runId()), bookings.count())
                    .of(bookings);
        }
    }

    @Override
    public DueReminder readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(work.remindersDue(offsets, bookings, position, PAGE));
            exhausted = page.size() < PAGE;
        }
        DueReminder next = page.poll();
        if (next != null) {
            position = Optional.of(next.position());
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position.orElse(null);
    }
}
