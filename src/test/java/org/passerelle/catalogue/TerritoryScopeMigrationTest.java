package org.passerelle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V8 on a database that already holds the records that broke reads (issue 10): a service with no city,
 * region or country, one with a department only, and an organisation and an initiative with no place.
 * After the migration each has a scope (local with a place, else unknown), and a row with no scope is
 * refused. Plain JDBC and Flyway on H2, no app boot; the Pg tests run the same SQL on PostgreSQL.
 */
class TerritoryScopeMigrationTest {

    private static final String URL = "jdbc:h2:mem:v8-migration;DB_CLOSE_DELAY=-1";

    @Test
    void existingRowsGetASensibleScopeAndNoneCanLackOne() throws SQLException {
        flyway("7").migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement st = c.createStatement()) {
            st.execute("insert into organization (id, slug, name, kind, created_at, updated_at, version) values "
                    + "('00000000-0000-0000-0000-000000000001', 'org-nowhere', 'Org', 'association', "
                    + "current_timestamp, current_timestamp, 0)");
            st.execute("insert into organization (id, slug, name, kind, city, created_at, updated_at, version) values "
                    + "('00000000-0000-0000-0000-000000000002', 'org-lyon', 'Org', 'association', 'Lyon', "
                    + "current_timestamp, current_timestamp, 0)");
            st.execute("insert into initiative (id, slug, name, created_at, updated_at, version) values "
                    + "('00000000-0000-0000-0000-000000000003', 'initiative-nowhere', 'I', "
                    + "current_timestamp, current_timestamp, 0)");
            service(st, "4", "service-empty", null);
            service(st, "5", "service-nord", "'Nord'");
        }

        flyway(null).migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement st = c.createStatement()) {
            assertEquals(Map.of("org-lyon", "local", "org-nowhere", "unknown"), scopes(st, "organization"));
            assertEquals(Map.of("initiative-nowhere", "unknown"), scopes(st, "initiative"));
            assertEquals(Map.of("service-empty", "unknown", "service-nord", "local"), scopes(st, "service"));
            assertThrows(SQLException.class, () -> st.execute("insert into organization (id, slug, name, kind, "
                    + "territory_scope, created_at, updated_at, version) values ('00000000-0000-0000-0000-000000000009', "
                    + "'org-bad', 'Org', 'association', null, current_timestamp, current_timestamp, 0)"));
            assertThrows(SQLException.class, () -> st.execute("update service set territory_scope = 'national'"));
        }
    }

    private static void service(Statement st, String id, String slug, String department) throws SQLException {
        st.execute("insert into service (id, slug, organization_id, status, primary_theme, department, created_at, "
                + "updated_at, version) values ('00000000-0000-0000-0000-00000000000" + id + "', '" + slug + "', "
                + "'00000000-0000-0000-0000-000000000001', 'active', 'housing', " + department + ", "
                + "current_timestamp, current_timestamp, 0)");
    }

    private static Map<String, String> scopes(Statement st, String table) throws SQLException {
        Map<String, String> scopes = new TreeMap<>();
        try (ResultSet rs = st.executeQuery("select slug, territory_scope from " + table)) {
            while (rs.next()) {
                scopes.put(rs.getString(1), rs.getString(2));
            }
        }
        return scopes;
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }
}
