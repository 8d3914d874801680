package org.passerelle.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** The same loop on a real PostgreSQL: the migration, the row lock of the references and the queries. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReferralLoopPgTest extends ReferralLoopTest {
}
