package com.buildappswith.booking.shared.persistence;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class LostConnectionsUncountedLogTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger eclipseLink = Logger.getLogger("org.eclipse.persistence");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LostConnectionsUncountedLogTest() {
        eclipseLink.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        eclipseLink.removeHandler(capture);
    }

    private void logFailure(SQLException cause) {
        LostConnectionsUncountedLog log = new LostConnectionsUncountedLog();
        log.setLevel(SessionLog.WARNING);
        SessionLogEntry entry = new SessionLogEntry(null, DatabaseException.sqlException(cause));
        entry.setLevel(SessionLog.WARNING);
        log.log(entry);
    }

    @Test
    void aStatementThatFailedForADatabaseOutOfReachIsNotLogged() {
        logFailure(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        logFailure(new SQLException("FATAL: the database system is starting up", "57P03"));

        assertThat(records).isEmpty();
    }

    @Test
    void anyOtherFailureIsLoggedAsBefore() {
        logFailure(new SQLException("column \"nme\" does not exist", "42703"));

        assertThat(records).hasSize(1);
        assertThat(records.get(0).getThrown()).isInstanceOf(DatabaseException.class);
    }
}
