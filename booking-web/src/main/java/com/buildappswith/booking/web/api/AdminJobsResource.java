package com.buildappswith.booking.web.api;

import com.buildappswith.booking.jobs.application.JobConsole;
import com.buildappswith.booking.jobs.model.JobName;
import com.buildappswith.booking.shared.DomainException;
import com.buildappswith.booking.shared.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code /api/admin/jobs}: the console's "Run now" for scripts and tests (403 for anyone but an admin). A started run
 * answers 202 with its id, which {@code job_run} and {@code /admin/jobs.xhtml} then follow; a job running on some node
 * answers 409, as the page says it is running. Audited as on the page.
 */
@Path("admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminJobsResource {

    @Inject
    private JobConsole console;

    @POST
    @Path("{job}/runs")
    public Response runNow(@PathParam("job") String jobText) {
        JobName job = job(jobText);
        long run = console.runNow(job);
        return Response.accepted(new RunJson(job.jobXml(), run)).build();
    }

    private static JobName job(String text) {
        return Arrays.stream(JobName.values())
                .filter(job -> job.jobXml().equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "There is no job '"
                        + Params.abbreviated(text) + "': the jobs are " + Arrays.stream(JobName.values())
                        .map(JobName::jobXml).collect(Collectors.joining(", ")) + "."));
    }

    /** A run just started: which job, and the run's id in the job history. */
    public record RunJson(String job, long run) {
    }
}
