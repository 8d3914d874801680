package org.passerelle.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.ServiceOffer;

/** The curated contacts are the organisations' channels; anything shaped like a person's is refused. */
class DemoContactsTest {

    private static final DemoContacts.Source SOURCE = new DemoContacts.Source("003.txt", List.of(1), null);

    @Test
    void shouldRefuseAMobileOrAPersonShapedMailboxAndKeepTheRest() {
        List<String> rejections = new ArrayList<>();
        DemoContacts contacts = DemoContacts.of(new DemoContacts.File(List.of(
                new DemoContacts.OrganizationContact("desk-org", "https://www.example.org/", "accueil@example.org",
                        "+33199001122", SOURCE, null),
                new DemoContacts.OrganizationContact("mobile-org", null, null, "+33639981234", SOURCE, null),
                new DemoContacts.OrganizationContact("person-org", null, "c.exemple@example.org", null, SOURCE, null),
                new DemoContacts.OrganizationContact("empty-org", null, null, null, SOURCE, null)),
                List.of(new DemoContacts.ServiceContact("plain-http", null, null, "http://www.example.org/", SOURCE,
                        null),
                        new DemoContacts.ServiceContact("programme", null, "programme@example.org", null, SOURCE, null)),
                null), rejections);
        assertEquals(List.of("mobile-org: contact phone is a mobile number: never a person's",
                "person-org: contact email looks like a person's mailbox", "empty-org: contact gives no contact",
                "plain-http: contact url must be an https URL"), rejections);
        assertEquals(Set.of("desk-org"), contacts.organizations());
        assertEquals(Set.of("programme"), contacts.services());

        Organization organization = new Organization();
        organization.slug = "desk-org";
        organization.website = "www.example.org";
        contacts.apply(organization);
        assertEquals("https://www.example.org/", organization.website);
        assertEquals("+33199001122", organization.phone);
        ServiceOffer service = new ServiceOffer();
        service.slug = "programme";
        contacts.apply(service);
        assertEquals("programme@example.org", service.contactEmail);
    }
}
