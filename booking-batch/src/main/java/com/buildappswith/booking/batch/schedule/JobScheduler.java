package com.buildappswith.booking.batch.schedule;

import com.buildappswith.booking.jobs.application.JobBusyException;
import com.buildappswith.booking.jobs.application.JobLedger;
import com.buildappswith.booking.jobs.application.JobRuns;
import com.buildappswith.booking.jobs.application.JobStarter;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.jobs.model.JobRun;
import com.buildappswith.booking.jobs.model.JobRunStatus;
import com.buildappswith.booking.jobs.model.JobSchedule;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.InvalidSettingException;
import com.buildappswith.booking.shared.Settings;
import com.buildappswith.booking.shared.StartUpProblems;
import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import com.buildappswith.booking.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the scheduled jobs: on every node a non-persistent timer per job, at the interval its setting gives, made
 * each time the database is ready (like the demo data). A tick starts the job only if it takes the job's lease, so
 * with any number of nodes of either vendor one run of a job goes on at a time; the job's {@link RunRecorder} ends
 * the run and gives the lease back. A job whose XML is not in this module has no timer (said once at start).
 * <p>
 * No tick ever fails its timer: a job busy elsewhere is the normal case, and a database that is down is said in one
 * line when the outage begins (the health check reports it), not with a stack trace per tick. Ticks and the console's
 * requests do not wait for each other here (a tick waiting on a database that is down would hold up the rest): the
 * lease is what keeps two runs of a job apart.
 * <p>
 * Also the admin console's {@link JobStarter}: run a job now, or restart a failed or abandoned run from its
 * checkpoint. It keeps its no-interface view beside that one: CDI calls an observer of a session bean only through
 * a business method, which {@code onDatabaseReady} is only in that view.
 */
@Singleton
@Lock(LockType.READ)
@Local(JobStarter.class)
@LocalBean
@DeclareRoles(Roles.ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler implements JobStarter {

    private static final String STEP = "scheduled jobs";
    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    /** The first tick waits a little: the node is still starting. */
    private static final Duration FIRST_DELAY = Duration.ofSeconds(10);

    @Resource
    private TimerService timerService;

    @EJB
    private JobLedger ledger;

    @Inject
    private StartUpProblems problems;

    /** The jobs whose ticks found the database unreachable, so the outage is said once; ticks may run at once. */
    private final Set<JobName> unreachable = ConcurrentHashMap.newKeySet();

    @Lock(LockType.WRITE)
    public void onDatabaseReady(@Observes DatabaseMigrated migrated) {
        timerService.getTimers().forEach(Timer::cancel);
        problems.clear(STEP);
        JobSchedule schedule = new JobSchedule(Settings.fromSystem());
        for (JobName job : JobName.values()) {
            try {
                Optional<Duration> every = schedule.every(job);
                if (every.isEmpty()) {
                    LOG.info(() -> "The " + job.jobXml() + " job is off on this node (its setting says so).");
                } else if (!hasJobXml(job)) {
                    LOG.info(() -> "The " + job.jobXml() + " job has no job XML in this application yet; it is not "
                            + "scheduled.");
                } else {
                    long first = Math.min(FIRST_DELAY.toMillis(), every.get().toMillis());
                    timerService.createIntervalTimer(first, every.get().toMillis(), new TimerConfig(job, false));
                    LOG.info(() -> "The " + job.jobXml() + " job runs every " + every.get() + " (under its lease).");
                }
            } catch (InvalidSettingException e) {
                problems.report(STEP, job.jobXml() + " is not scheduled: " + e.getMessage());
            }
        }
    }

    static boolean hasJobXml(JobName job) {
        return JobScheduler.class.getClassLoader().getResource("META-INF/batch-jobs/" + job.jobXml() + ".xml") != null;
    }

    @Timeout
    void tick(Timer timer) {
        JobName job = (JobName) timer.getInfo();
        try {
            long run = start(job, JobRun.SCHEDULE, Optional.empty());
            LOG.fine(() -> "Started run " + run + " of " + job.jobXml());
            if (unreachable.remove(job)) {
                LOG.info(() -> "The " + job.jobXml() + " job reaches the database again.");
            }
        } catch (JobBusyException e) {
            LOG.fine(() -> "The " + job.jobXml() + " job is running on some node; this tick leaves it.");
        } catch (RuntimeException e) {
            Optional<DatabaseFailure> database = DatabaseFailure.of(e)
                    .filter(kind -> kind == DatabaseFailure.UNAVAILABLE || kind == DatabaseFailure.BUSY);
            if (database.isEmpty()) {
                LOG.log(Level.WARNING, "The " + job.jobXml() + " job could not start; the next tick tries again.", e);
            } else if (unreachable.add(job)) {
                LOG.warning(() -> "The " + job.jobXml() + " job cannot reach the database (" + database.get()
                        + "); its ticks try again quietly until it can.");
            }
        }
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long runNow(JobName job, String admin) {
        return start(job, admin, Optional.empty());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long restart(long runId, String admin) {
        JobName job = ledger.restartableJob(runId).orElseThrow(() -> new IllegalArgumentException("Run " + runId
                + " does not exist or did not fail, so it cannot be restarted."));
        return start(job, admin, Optional.of(runId));
    }

    /**
     * Takes the lease and a new run, and starts the batch job with the run as its parameters; when the batch runtime
     * refuses to start it, the run ends FAILED at once and the lease is given back.
     */
    private long start(JobName job, String startedBy, Optional<Long> restartOf) {
        JobRuns.Ticket ticket = ledger.begin(job, startedBy, restartOf).orElseThrow(() -> new JobBusyException(job));
        try {
            BatchRuntime.getJobOperator().start(job.jobXml(),
                    new RunParameters(ticket.runId(), ticket.holder()).asProperties());
        } catch (RuntimeException e) {
            ledger.ended(ticket.runId(), ticket.holder(), JobRunStatus.FAILED, "could not start: " + e);
            throw e;
        }
        return ticket.runId();
    }
}
