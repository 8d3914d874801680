package org.passerelle.referral;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.PostgresProfile;

/** The signed links and their mail on a real PostgreSQL: the migration, the conditional updates, the revocations. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReferralLinksPgTest extends ReferralLinksTest {
}
