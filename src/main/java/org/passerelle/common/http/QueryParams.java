package org.passerelle.common.http;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.passerelle.common.problem.FieldErrors;
import org.passerelle.common.text.Coded;

/**
 * Query parameters are read as text and parsed here, because JAX-RS answers a failed conversion
 * of a typed query parameter with 404, and we owe the client a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int intParam(String name, String raw, int defaultValue, int min, int max, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(name, "must be between " + min + " and " + max);
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(name, "must be a whole number between " + min + " and " + max);
            return defaultValue;
        }
    }

    /** true or false; absent means false. */
    public static boolean booleanParam(String name, String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String value = raw.trim();
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(name, "must be true or false");
            return false;
        }
        return value.equals("true");
    }

    /** Parses a coded value such as {@code walk-in}; unknown codes are reported with the allowed list. */
    public static <E extends Enum<E> & Coded> Optional<E> codeParam(String name, String raw, Class<E> type,
            FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<E> value = Coded.fromCode(type, raw.trim());
        if (value.isEmpty()) {
            errors.add(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                    .collect(Collectors.joining(", ")));
        }
        return value;
    }

    /** Trims and bounds free text; blank means absent. */
    public static Optional<String> textParam(String name, String raw, int maxLength, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        if (trimmed.length() > maxLength) {
            errors.add(name, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

}
