package org.passerelle.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** The retention job on a real PostgreSQL: its queries, bulk statements and month arithmetic. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class RetentionPgTest extends RetentionTest {
}
