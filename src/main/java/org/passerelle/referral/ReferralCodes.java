package org.passerelle.referral;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coded reasons and outcomes of referrals, published at GET /api/v1/referral-codes so partner
 * systems can map them: decline reasons after DORA's refusal reasons, outcomes after the closed-loop
 * referral platforms'. Labels in French and English.
 */
public final class ReferralCodes {

    /** Why a partner declines (required on decline). */
    public static final Map<String, Map<String, String>> DECLINE_REASONS = labels(
            "no-capacity", "Plus de place ou de créneau pour le moment", "No place or slot available for now",
            "not-eligible", "La personne ne remplit pas les conditions", "The person does not meet the conditions",
            "out-of-area", "La personne habite hors de notre zone", "The person lives outside our area",
            "service-closed", "Le service est fermé ou suspendu", "The service is closed or suspended",
            "not-our-service", "Ce besoin relève d'un autre service", "This need belongs to another service",
            "cannot-contact", "Impossible de joindre la personne", "The person could not be reached",
            "person-declined", "La personne ne souhaite plus être accompagnée ici", "The person no longer wants help here",
            "duplicate", "La personne est déjà orientée ou suivie chez nous", "The person is already referred or followed here",
            "other", "Autre raison (préciser dans une note)", "Another reason (say which in a note)");

    /** How it ended (required on complete). */
    public static final Map<String, Map<String, String>> OUTCOMES = labels(
            "got-help", "La personne a reçu l'aide demandée", "The person got the help they needed",
            "partly-helped", "La personne a reçu une partie de l'aide", "The person got part of the help",
            "referred-elsewhere", "La personne a été orientée ailleurs", "The person was referred elsewhere",
            "not-eligible", "La personne ne remplissait pas les conditions", "The person did not meet the conditions",
            "no-capacity", "Faute de place, l'aide n'a pas pu être donnée", "No place: the help could not be given",
            "could-not-contact", "La personne n'a pas pu être jointe", "The person could not be reached",
            "person-declined", "La personne n'a pas souhaité poursuivre", "The person did not want to go on");

    /** Why a referral is cancelled (required on cancel). */
    public static final Map<String, Map<String, String>> CANCEL_REASONS = labels(
            "person-withdrew", "La personne a renoncé", "The person changed their mind",
            "need-met-elsewhere", "Le besoin a été couvert ailleurs", "The need was met elsewhere",
            "person-moved", "La personne a déménagé", "The person moved away",
            "sent-by-mistake", "Orientation envoyée par erreur", "Referral sent by mistake",
            "consent-withdrawn", "La personne a retiré son consentement", "The person withdrew their consent",
            "retention-period-over", "Délai de conservation écoulé : dossier anonymisé",
            "Retention period over: the case was anonymised",
            "erased-on-request", "Dossier effacé à la demande de la personne", "Case erased at the person's request",
            "other", "Autre raison (préciser dans une note)", "Another reason (say which in a note)");

    /** Cancel reasons only Passerelle gives (the retention job, an erasure): a person never picks them. */
    public static final java.util.Set<String> SYSTEM_CANCEL_REASONS = java.util.Set.of("retention-period-over",
            "erased-on-request");

    private ReferralCodes() {
    }

    private static Map<String, Map<String, String>> labels(String... triples) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            map.put(triples[i], Map.of("fr", triples[i + 1], "en", triples[i + 2]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
