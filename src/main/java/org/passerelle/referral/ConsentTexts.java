package org.passerelle.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.referral.api.ConsentTextView;

/**
 * The consent texts, versioned, in every kiosk language (referral/consent-texts.json). A version is
 * never changed once published: a new wording is a new version, so a consent record always points at
 * the words the person heard. Missing rows are added at start-up; existing ones are left as they are.
 */
@ApplicationScoped
public class ConsentTexts implements PanacheRepositoryBase<ConsentText, ConsentText.Key> {

    static final String RESOURCE = "referral/consent-texts.json";

    private final ObjectMapper mapper;

    public ConsentTexts(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void load(@Observes StartupEvent event) {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            root = mapper.readTree(java.util.Objects.requireNonNull(in, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (JsonNode version : root.path("versions")) {
                String v = version.path("version").asText();
                LocalDate published = LocalDate.parse(version.path("publishedOn").asText());
                version.path("texts").fields().forEachRemaining(text -> {
                    ConsentText.Key key = new ConsentText.Key(v, text.getKey());
                    if (findByIdOptional(key).isEmpty()) {
                        ConsentText row = new ConsentText();
                        row.id = key;
                        row.title = text.getValue().path("title").asText();
                        row.body = text.getValue().path("body").asText();
                        row.publishedOn = published;
                        persist(row);
                    }
                });
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentTextView> list(String version, String lang) {
        return listAll().stream()
                .filter(t -> version == null || t.id.version().equals(version))
                .filter(t -> lang == null || t.id.lang().equalsIgnoreCase(lang))
                .sorted(java.util.Comparator.comparing((ConsentText t) -> t.id.version()).reversed()
                        .thenComparing(t -> t.id.lang()))
                .map(t -> new ConsentTextView(t.id.version(), t.id.lang(), t.title, t.body, t.publishedOn)).toList();
    }

    /** A consent must name a text that exists, in the language it was shown in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void require(String version, String lang, String field) {
        if (findByIdOptional(new ConsentText.Key(version, lang)).isEmpty()) {
            throw ApiProblem.invalid(field, "matches no consent text in that language (see GET /api/v1/consent-texts)");
        }
    }
}
