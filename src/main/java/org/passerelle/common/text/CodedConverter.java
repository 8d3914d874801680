package org.passerelle.common.text;

import jakarta.persistence.AttributeConverter;

import org.passerelle.common.text.Coded;

/** Stores a vocabulary value as its wire code, so the database reads like the data and the API. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Coded.fromCode(type, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " code in database: " + code));
    }
}
