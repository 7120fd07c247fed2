package com.buildappswith.booking.web.api;

import com.buildappswith.booking.shared.persistence.DatabaseFailure;
import com.buildappswith.booking.web.problem.Problems.Problem;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals of the database as they reach the API from a service (wrapped by JPA and the EJB container), with the
 * SQLStates and words the databases give: each has its own answer, none is an internal error.
 */
class ProblemMapperTest {

    @Test
    void aDatabaseStillStartingUpIsUnavailableNotAnInternalError() {
        SQLException startingUp = new SQLException("FATAL: the database system is starting up", "57P03");

        Problem problem = ProblemMapper.problemFor(new EJBException(new PersistenceException(startingUp)));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).isEqualTo(DatabaseFailure.UNAVAILABLE.message());
    }

    @Test
    void aLockWaitLongerThanH2sTimeoutIsServiceBusy() {
        SQLException timeout = new SQLException("Timeout trying to lock table \"BUILDER_PROFILE\"", "HYT00", 50200);

        Problem problem = ProblemMapper.problemFor(new EJBException(new PersistenceException(timeout)));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).isEqualTo(DatabaseFailure.BUSY.message()).doesNotContain("BUILDER_PROFILE");
    }

    @Test
    void aCheckConstraintIsABrokenRuleNotAnInternalError() {
        SQLException check = new SQLException(
                "new row for relation \"session_type\" violates check constraint \"session_type_step_within_bounds\"",
                "23514");

        Problem problem = ProblemMapper.problemFor(new EJBTransactionRolledbackException("rolled back",
                new PersistenceException(check)));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail()).doesNotContain("session_type");
    }

    @Test
    void aRowChangedBySomeoneElseAtCommitIsAConflictInItsOwnWords() {
        Problem problem = ProblemMapper.problemFor(new EJBTransactionRolledbackException("rolled back",
                new RollbackException(new OptimisticLockException("row changed"))));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).isEqualTo(DatabaseFailure.CHANGED.message());
    }
}
