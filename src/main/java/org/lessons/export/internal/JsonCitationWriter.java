package org.lessons.export.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Citations as one JSON array of objects, written element by element with a streaming generator, so that the
 * array is never built in memory. Dates are ISO strings whatever the mapper's settings, since they are part of
 * the export's format; rows are not flushed one by one, but a page at a time by the exporter.
 */
public final class JsonCitationWriter implements CitationWriter {

    private final ObjectWriter rows;
    private final JsonGenerator json;

    public JsonCitationWriter(OutputStream out, ObjectMapper mapper) throws IOException {
        rows = mapper.writer()
                .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        json = rows.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void start() throws IOException {
        json.writeStartArray();
    }

    @Override
    public void write(Citation citation) throws IOException {
        rows.writeValue(json, citation);
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.close();
    }
}
