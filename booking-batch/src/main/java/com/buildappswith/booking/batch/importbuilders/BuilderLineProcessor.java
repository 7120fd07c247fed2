package com.buildappswith.booking.batch.importbuilders;

import com.buildappswith.booking.scheduling.application.ImportedBuilder;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Parses each record; the header is filtered out and a bad line becomes a skippable exception. */
@Named
@Dependent
public class BuilderLineProcessor implements ItemProcessor {

    private final BuilderLineParser parser = new BuilderLineParser();

    @Override
    public ImportedBuilder processItem(Object item) throws InvalidBuilderLineException {
        CsvRecord record = (CsvRecord) item;
        return parser.isHeader(record) ? null : parser.parse(record);
    }
}
