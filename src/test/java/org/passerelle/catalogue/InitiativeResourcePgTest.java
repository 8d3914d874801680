package org.passerelle.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** The same tests, on a real PostgreSQL: the migrations and the queries must run unchanged on both. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class InitiativeResourcePgTest extends InitiativeResourceTest {
}
