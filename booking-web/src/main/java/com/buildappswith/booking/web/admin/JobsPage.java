package com.buildappswith.booking.web.admin;

import com.buildappswith.booking.jobs.application.JobConsole;
import com.buildappswith.booking.jobs.application.JobOverview;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.policy.application.AdminAudit;
import com.buildappswith.booking.policy.model.AuditArea;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The scheduled jobs ({@code /admin/jobs.xhtml}): each with its latest runs from the application's own history,
 * whether a node runs it now, a button to run it now and one to restart each run that failed or was abandoned. A job
 * that is running is said to be running now rather than started twice. Starts are listed beneath, from the audit log.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    @Inject
    private JobConsole console;

    @Inject
    private AdminAudit audit;

    private List<JobOverview> jobs;
    private AuditTrail trail;

    @PostConstruct
    void init() {
        trail = new AuditTrail(audit, AuditArea.JOBS);
        jobs = console.overview();
    }

    public void runNow(JobName job) {
        try {
            long run = console.runNow(job);
            Messages.info("The " + job.jobXml() + " job started (run " + run + "). Reload the page to follow it.");
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        jobs = console.overview();
    }

    public void restart(long runId) {
        try {
            long run = console.restart(runId);
            Messages.info("Run " + runId + " restarted as run " + run + ", from where it had got to. Reload the page "
                    + "to follow it.");
        } catch (DomainException e) {
            Messages.error(null, e.getMessage());
        }
        jobs = console.overview();
    }

    public List<JobOverview> getJobs() {
        return jobs;
    }

    public AuditTrail getTrail() {
        return trail;
    }
}
