package com.buildappswith.booking.container;

import com.buildappswith.booking.profile.application.BuilderDirectory;
import com.buildappswith.booking.profile.application.BuilderView;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
class ImportBuildersJobIT {

    private static final long JOB_TIMEOUT_MILLIS = 60_000;

    @Deployment
    static WebArchive deployment() {
        return ApplicationArchive.named("import-builders-job-it").addClass(ImportBuildersJobIT.class);
    }

    @Inject
    private BuilderDirectory directory;

    @Test
    void importsGoodLinesSkipsBadOnesEvenInvalidCsvAndCreatesNothingTheSecondTime() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("builders-", ".csv");
        Files.writeString(file, String.join("\n",
                "email,display_name,headline,bio,expertise,timezone,session_types,weekly_hours",
                "one-" + run + "@example.com,One " + run + ",Headline,\"Bio, with a comma\",Java,Asia/Kolkata,"
                        + "Call/30/free/Talk,MON-FRI 09:00-17:00",
                "two-" + run + "@example.com,Two " + run + ",Headline,Bio,Go|Rust,Pacific/Chatham,"
                        + "Review/60/NZD 90.00/Code review,SAT 10:00-12:00",
                "bad-zone-" + run + "@example.com,Bad zone,Headline,Bio,Java,Mars/Olympus,Call/30/free/x,MON 09:00-10:00",
                "bad-price-" + run + "@example.com,Bad price,Headline,Bio,Java,UTC,Call/30/cheap/x,MON 09:00-10:00",
                "unclosed-" + run + "@example.com,Unclosed quote,Headline,\"Bio that never ends,Java,UTC,"
                        + "Call/30/free/x,MON 09:00-10:00"));

        try {
            JobExecution first = runToEnd(file);
            assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(first.getExitStatus()).isEqualTo("Builder import: created 2, already present 0, skipped 3");
            assertThat(directory.publishedBuilders()).extracting(BuilderView::displayName)
                    .contains("One " + run, "Two " + run)
                    .doesNotContain("Bad zone", "Bad price", "Unclosed quote");

            JobExecution second = runToEnd(file);
            assertThat(second.getExitStatus()).isEqualTo("Builder import: created 0, already present 2, skipped 3");
            assertThat(directory.publishedBuilders()).extracting(BuilderView::displayName)
                    .filteredOn(name -> name.endsWith(run))
                    .hasSize(2);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JobExecution runToEnd(Path file) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("file", file.toString());
        long id = operator.start("import-builders", parameters);
        long deadline = System.currentTimeMillis() + JOB_TIMEOUT_MILLIS;
        JobExecution execution = operator.getJobExecution(id);
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            execution = operator.getJobExecution(id);
        }
        return execution;
    }
}
