package com.buildappswith.booking.profile.infrastructure;

import com.buildappswith.booking.profile.model.Account;
import com.buildappswith.booking.profile.model.Role;
import com.buildappswith.booking.profile.model.SignedInRoles;
import com.buildappswith.booking.shared.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of a signed-in person read with one plain SQL query on a pooled connection, outside any transaction.
 * <p>
 * Why not through JPA: every signed-in request asks, and the same single indexed query run through a container
 * transaction and an entity manager cost 7.5% of the server's CPU under the booking load (JFR, bench/JfrTop.java),
 * most of it the transaction and the entity manager around it, not the query. Why ask at all rather than keep the
 * roles in the session, or cache them for a few seconds: either would let a role an admin took away, or a deactivated
 * account, go on working on other nodes; checking a version column first instead would still be one query a request.
 */
@ApplicationScoped
public class JdbcSignedInRoles implements SignedInRoles {

    /** Every account holds the CLIENT role, so no rows means no such account that can sign in now. */
    static final String ACTIVE_ROLES = """
            SELECT r.role FROM account a JOIN account_role r ON r.account_id = a.id
            WHERE a.email_normalized = ? AND a.active = TRUE AND a.password_hash IS NOT NULL""";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Override
    public Optional<Set<Role>> of(String principalName) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, principalName);
        } catch (SQLException e) {
            // The failure stays in the chain, where a lost connection is recognised and answered with a 503.
            throw new IllegalStateException("Could not read the roles of a signed-in account: " + e.getMessage(), e);
        }
    }

    /** The query itself, on a connection the caller owns. */
    static Optional<Set<Role>> read(Connection connection, String principalName) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement query = connection.prepareStatement(ACTIVE_ROLES)) {
            query.setString(1, Account.normalize(principalName));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(Role.valueOf(rows.getString(1)));
                }
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles);
    }
}
