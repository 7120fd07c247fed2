package com.buildappswith.booking.batch.importbuilders;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the import file record by record. The checkpoint is the number of records read, so a restarted job
 * continues after the last committed chunk instead of reading the file from the top.
 */
@Named
@Dependent
public class BuilderFileReader extends AbstractItemReader {

    static final String DEMO_FILE = "/demo/builders.csv";

    @Inject
    @BatchProperty
    private String file;

    private CsvRecordReader records;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        records = new CsvRecordReader(new InputStreamReader(source(), StandardCharsets.UTF_8));
        if (checkpoint != null) {
            records.skip((Integer) checkpoint);
        }
    }

    private InputStream source() throws IOException {
        if (file == null || file.isBlank()) {
            InputStream demo = BuilderFileReader.class.getResourceAsStream(DEMO_FILE);
            if (demo == null) {
                throw new FileNotFoundException("the demo file " + DEMO_FILE + " is missing from the application");
            }
            return demo;
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new FileNotFoundException("cannot read the import file " + path.toAbsolutePath());
        }
        return Files.newInputStream(path);
    }

    /** A record that is not valid CSV is thrown as a skippable invalid line, so the job reports it and reads on. */
    @Override
    public CsvRecord readItem() throws InvalidBuilderLineException {
        return records.next().orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return records.recordsRead();
    }

    @Override
    public void close() throws IOException {
        if (records != null) {
            records.close();
        }
    }
}
