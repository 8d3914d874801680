package org.passerelle.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** Guards the PostgreSQL suite itself: it must really run on PostgreSQL, not silently on H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DatabaseKindPgTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRunOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertTrue(product.contains("PostgreSQL"), product);
        }
    }
}
