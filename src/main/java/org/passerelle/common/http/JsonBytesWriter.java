package org.passerelle.common.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Writes {@link JsonBytes} verbatim, so a body serialised for its ETag is not serialised twice. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonBytesWriter implements MessageBodyWriter<JsonBytes> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonBytes.class.equals(type);
    }

    @Override
    public void writeTo(JsonBytes body, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(body.bytes());
    }

    @Override
    public long getSize(JsonBytes body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return body.bytes().length;
    }
}
