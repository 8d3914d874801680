package org.passerelle.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** The lease on PostgreSQL: the same conditional UPDATE, with real row locks between the racers. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class JobLeasePgTest extends JobLeaseTest {
}
