package org.passerelle.common.i18n;

/** A value and the BCP-47 language it is written in. */
public record Localized<T>(T value, String lang) {
}
