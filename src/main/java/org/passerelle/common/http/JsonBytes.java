package org.passerelle.common.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A response body already serialised to JSON (to compute its ETag), written verbatim. It goes through
 * Jackson's own writer on purpose: REST picks that writer from the method's declared type, so a custom
 * MessageBodyWriter would be bypassed when the client sends {@code Accept: application/json}.
 */
@JsonSerialize(using = JsonBytes.Verbatim.class)
public record JsonBytes(byte[] bytes) {

    static final class Verbatim extends StdSerializer<JsonBytes> {

        Verbatim() {
            super(JsonBytes.class);
        }

        @Override
        public void serialize(JsonBytes value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(new String(value.bytes(), StandardCharsets.UTF_8));
        }
    }
}
