package org.passerelle.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** Withdrawal, export and erasure on a real PostgreSQL: the migration, the bulk statements and the scan. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class CaseRightsPgTest extends CaseRightsTest {
}
