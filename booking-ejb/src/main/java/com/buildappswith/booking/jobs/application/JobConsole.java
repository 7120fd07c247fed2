package com.buildappswith.booking.jobs.application;

import com.buildappswith.booking.jobs.model.JobHistoryRepository;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.profile.model.Roles;
import com.buildappswith.booking.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The jobs in the admin console: their latest runs from the application's own history, which job a node runs now,
 * and running one now or restarting a failed run through the batch module's {@link JobStarter}, audited. The
 * starter is looked up rather than required, so this module deploys (and the history shows) without the batch
 * module's implementation; starting a job then says the jobs are not installed. Thin: {@link JobAdministration}
 * holds the use cases.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class JobConsole {

    @Inject
    private JobHistoryRepository history;

    @Inject
    private Instance<JobStarter> starters;

    @Inject
    private AdminAudit audit;

    @Resource
    private SessionContext context;

    public List<JobOverview> overview() {
        return administration().overview();
    }

    /** @throws JobBusyException when a node runs the job now */
    public long runNow(JobName job) {
        return refusalsUnwrapped(() -> administration().runNow(job, context.getCallerPrincipal().getName()));
    }

    /** @throws JobBusyException when a node runs the job now; see {@link JobAdministration#restart} */
    public long restart(long runId) {
        return refusalsUnwrapped(() -> administration().restart(runId, context.getCallerPrincipal().getName()));
    }

    /**
     * The starter's refusals as themselves. The starter is an EJB of the batch module, and Payara recognises an
     * {@code @ApplicationException} only among the classes of the module whose bean throws it: a
     * {@link JobBusyException} (a class of this module) thrown there arrives wrapped as a system exception, which
     * has already marked this transaction for rollback. Handed on unwrapped, the person is told the job is busy
     * rather than shown an error page.
     */
    private static long refusalsUnwrapped(LongSupplier start) {
        try {
            return start.getAsLong();
        } catch (EJBException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException refusal) {
                    throw refusal;
                }
            }
            throw e;
        }
    }

    private JobAdministration administration() {
        Optional<JobStarter> starter = starters.isResolvable() ? Optional.of(starters.get()) : Optional.empty();
        return new JobAdministration(history, starter, (action, subject, before, after) ->
                audit.record(AuditArea.JOBS, action, subject, before, after));
    }
}
