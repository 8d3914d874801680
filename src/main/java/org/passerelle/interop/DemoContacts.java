package org.passerelle.interop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.api.ServiceInput;

/**
 * The contacts the curator read in the source documents (demo-catalogue/contacts.json), applied as the
 * demo catalogue is imported: an organisation's website, e-mail and phone, or a service's own when a
 * mailbox names one programme. The source files stay as copied. Organisation-level channels only
 * (docs/architecture.md §8): an entry that looks like a person's (a French mobile number, an e-mail
 * shaped first.last or initial.name) is refused here, whatever the file says.
 */
final class DemoContacts {

    record Source(@NotBlank String file, @NotEmpty List<Integer> lines, LocalDate date) {
    }

    record OrganizationContact(@NotBlank String organization, @Size(max = 500) String website,
            @Size(max = 254) String email, String phone, @NotNull @Valid Source source, String note) {
    }

    record ServiceContact(@NotBlank String service, String phone, @Size(max = 254) String email,
            @Size(max = 500) String url, @NotNull @Valid Source source, String note) {
    }

    /** The file: what the curator applies, and what was left out and why (never the value left out). */
    record File(List<@Valid OrganizationContact> organizations, List<@Valid ServiceContact> services,
            List<Map<String, Object>> leftOut) {
    }

    private static final Pattern E164 = Pattern.compile(ServiceInput.E164);
    private static final Pattern EMAIL = Pattern.compile(ServiceInput.EMAIL);
    private static final Pattern HTTPS_URL = Pattern.compile(ServiceInput.HTTPS_URL);
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+");
    /** French mobiles (06, 07), which the sources print for staff members only. */
    private static final Pattern MOBILE = Pattern.compile("\\+33[67][0-9]{8}");
    /** A mailbox named after a person: first.last, or an initial and a name. */
    private static final Pattern PERSONAL_MAILBOX = Pattern.compile("[\\p{L}]+([.-][\\p{L}]+)?\\.[\\p{L}]+@.*");

    private final Map<String, OrganizationContact> byOrganization = new HashMap<>();
    private final Map<String, ServiceContact> byService = new HashMap<>();

    private DemoContacts() {
    }

    static DemoContacts none() {
        return new DemoContacts();
    }

    /**
     * The entries that pass the rules; each refused one is added to {@code rejections} by its record id,
     * with why, never with its value.
     */
    static DemoContacts of(File file, List<String> rejections) {
        DemoContacts contacts = new DemoContacts();
        for (OrganizationContact c : nullSafe(file.organizations())) {
            List<String> problems = new ArrayList<>();
            checkPhone(c.phone(), problems);
            checkEmail(c.email(), problems);
            if (c.website() != null && !WEBSITE.matcher(c.website()).matches()) {
                problems.add("website must be an http(s) URL");
            }
            if (c.website() == null && c.email() == null && c.phone() == null) {
                problems.add("gives no contact");
            }
            accept(contacts.byOrganization, c.organization(), c, problems, rejections);
        }
        for (ServiceContact c : nullSafe(file.services())) {
            List<String> problems = new ArrayList<>();
            checkPhone(c.phone(), problems);
            checkEmail(c.email(), problems);
            if (c.url() != null && !HTTPS_URL.matcher(c.url()).matches()) {
                problems.add("url must be an https URL");
            }
            if (c.url() == null && c.email() == null && c.phone() == null) {
                problems.add("gives no contact");
            }
            accept(contacts.byService, c.service(), c, problems, rejections);
        }
        return contacts;
    }

    /** Whether a value looks like a person's phone or mailbox (the loader's guard, and the privacy test's). */
    static boolean personal(String phoneOrEmail) {
        return phoneOrEmail != null
                && (MOBILE.matcher(phoneOrEmail).matches() || PERSONAL_MAILBOX.matcher(phoneOrEmail).matches());
    }

    Set<String> organizations() {
        return byOrganization.keySet();
    }

    Set<String> services() {
        return byService.keySet();
    }

    /** Sets the organisation's channels the curator gives; the others stay as the data has them. */
    Organization apply(Organization o) {
        OrganizationContact c = byOrganization.get(o.slug);
        if (c != null) {
            o.website = c.website() != null ? c.website() : o.website;
            o.email = c.email() != null ? c.email() : o.email;
            o.phone = c.phone() != null ? c.phone() : o.phone;
        }
        return o;
    }

    ServiceOffer apply(ServiceOffer s) {
        ServiceContact c = byService.get(s.slug);
        if (c != null) {
            s.contactPhone = c.phone();
            s.contactEmail = c.email();
            s.contactUrl = c.url();
        }
        return s;
    }

    private static void checkPhone(String phone, List<String> problems) {
        if (phone == null) {
            return;
        }
        if (!E164.matcher(phone).matches()) {
            problems.add("phone must be E.164");
        } else if (personal(phone)) {
            problems.add("phone is a mobile number: never a person's");
        }
    }

    private static void checkEmail(String email, List<String> problems) {
        if (email == null) {
            return;
        }
        if (!EMAIL.matcher(email).matches()) {
            problems.add("email must be an e-mail address");
        } else if (personal(email)) {
            problems.add("email looks like a person's mailbox");
        }
    }

    private static <C> void accept(Map<String, C> target, String id, C entry, List<String> problems,
            List<String> rejections) {
        if (!problems.isEmpty()) {
            rejections.add(id + ": contact " + String.join("; ", problems));
        } else if (target.putIfAbsent(id, entry) != null) {
            rejections.add(id + ": contact given twice");
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
