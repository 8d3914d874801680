package org.passerelle.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Derived keys: accent- and case-insensitive match keys, and deterministic UUIDs for demo records. */
public final class Keys {

    /** Namespace of the demo records' v5 UUIDs; the entity type is part of the name, so ids never collide. */
    public static final UUID DEMO_NAMESPACE = UUID.fromString("7b1f5c8e-3f0a-5d2c-9a4e-1c6b0e8d4f21");

    private Keys() {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Place names repeat endlessly in routing: their keys are computed once. */
    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** "Besançon", "BESANCON" and " besancon " share the key "besancon". */
    public static String matchKey(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        String key = SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(text, key);
        }
        return key;
    }

    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(\\d{1,2})(?:er|re|e|eme|em|ieme|nd|nde)");
    private static final java.util.Map<String, String> SAINTS = java.util.Map.of("st", "saint", "ste", "sainte", "sts",
            "saints", "stes", "saintes");
    private static final java.util.Set<String> NOISE = java.util.Set.of("arrondissement", "arr", "arrt");

    /**
     * The key of a place name, more forgiving than {@link #matchKey}: accents and case folded, œ and æ
     * spelled out, hyphens, apostrophes, dots and brackets read as spaces, "St"/"Ste" as "Saint"/"Sainte",
     * an ordinal such as "13e" or "13ème" as "13" and the word "arrondissement" dropped. "Saint-Étienne",
     * "ST ETIENNE" and "saint etienne" share "saint etienne"; "Marseille 13e Arrondissement" and "marseille
     * 13eme" share "marseille 13". Null for a blank text or one with no letter or digit. The gazetteer's
     * table holds the same keys, written by frontend/scripts/build-gazetteer.mjs: the two must agree
     * (GazetteerTest reads every row). Not cached: the texts are often what a person typed, which is not kept.
     */
    public static String placeKey(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        StringBuilder key = new StringBuilder(folded.length());
        for (String token : NOT_ALPHANUMERIC.split(folded)) {
            if (token.isEmpty() || NOISE.contains(token)) {
                continue;
            }
            String word = SAINTS.get(token);
            if (word == null) {
                var ordinal = ORDINAL.matcher(token);
                word = ordinal.matches() ? ordinal.group(1) : token;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word);
        }
        return key.length() == 0 ? null : key.toString();
    }

    /** RFC 9562 version-5 UUID of {@code type + ":" + slug} in {@link #DEMO_NAMESPACE}. */
    public static UUID demoId(String type, String slug) {
        return uuidV5(DEMO_NAMESPACE, type + ":" + slug);
    }

    static UUID uuidV5(UUID namespace, String name) {
        try {
            java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            sha1.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] hash = sha1.digest();
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(hash, 0, 16);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JVM specification", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        return java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /** Parses a UUID, or returns null when the text is not one (it is then a slug). */
    public static UUID uuidOrNull(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
