package org.passerelle.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.passerelle.catalogue.CatalogueChanged;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;

/**
 * Test-only: puts the hand-written translations of {@code search-languages/<lang>.json} (slug to name and
 * description) into the services of the test's database, as rows of {@code ServiceOffer.texts}, and tells
 * the index, as a catalogue write does. Idempotent: nothing changes, and nothing is rebuilt, when the
 * rows are already there. Use it under a profile with a database of its own (WritesProfile).
 */
public final class Translations {

    public static final List<String> LANGUAGES = List.of("ar", "fa-AF", "ps", "ti", "uk", "ru");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Translations() {
    }

    public static void load(ServiceOfferRepository services, Event<CatalogueChanged> changes) {
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            boolean any = false;
            for (String lang : LANGUAGES) {
                for (Map.Entry<String, Map<String, String>> entry : read(lang).entrySet()) {
                    ServiceOffer service = services.findBySlug(entry.getKey())
                            .orElseThrow(() -> new IllegalStateException("no service " + entry.getKey()));
                    String name = entry.getValue().get("name");
                    String description = entry.getValue().get("description");
                    ServiceOffer.Text text = service.texts.get(lang);
                    if (text == null || !Objects.equals(text.name, name) || !Objects.equals(text.description, description)) {
                        service.texts.put(lang, new ServiceOffer.Text(name, description));
                        any = true;
                    }
                }
            }
            return any;
        });
        if (changed) {
            changes.fire(new CatalogueChanged("test-translations"));
        }
    }

    /** The fixture of one language: slug to {name, description}. */
    public static Map<String, Map<String, String>> read(String lang) {
        try (InputStream in = Translations.class.getClassLoader()
                .getResourceAsStream("search-languages/" + lang + ".json")) {
            return JSON.readValue(Objects.requireNonNull(in, lang), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
