package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.scheduling.application.BuilderImport;
import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.logging.Logger;

/** Creates each parsed builder in the chunk's transaction and tallies what happened for the step's report. */
@Named
@Dependent
public class BuilderWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(BuilderWriter.class.getName());

    @Inject
    private BuilderImport builderImport;

    @Inject
    private StepContext stepContext;

    @Override
    public void writeItems(List<Object> items) {
        ImportTally tally = ImportTally.of(stepContext);
        for (Object item : items) {
            ImportedBuilder builder = (ImportedBuilder) item;
            if (builderImport.importBuilder(builder)) {
                tally.created();
            } else {
                LOG.info(() -> "Builder " + builder.email() + " already has an account; left unchanged");
                tally.alreadyPresent();
            }
        }
        tally.saveTo(stepContext);
    }
}
