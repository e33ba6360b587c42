package org.lessons.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class JsonCitationWriterTest {

    private static final ObjectMapper MAPPER =
            Jackson2ObjectMapperBuilder.json().build();

    @Test
    void writesOneArrayWithAnObjectPerCitation() throws IOException {
        JsonNode rows = MAPPER.readTree(export(
                Citations.citation("Guide \"final\" </script>", "Line one\nline two"),
                Citations.bare("Plain", "Text")));

        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("title").asText()).isEqualTo("Guide \"final\" </script>");
        assertThat(first.get("event").asText()).isEqualTo("Expert meeting in Oslo");
        assertThat(first.get("date").asText()).isEqualTo("2022-06-22");
        assertThat(first.get("page").asInt()).isEqualTo(4);
        assertThat(first.get("tools").get(0).get("label").asText()).isEqualTo("Joint investigation teams");
        assertThat(first.get("countries").findValuesAsText("value")).containsExactly("NO", "SE");
        assertThat(first.get("text").asText()).isEqualTo("Line one\nline two");
        assertThat(first.get("link").asText()).isEqualTo("http://lessons.example/documents/d1?passage=d1-3");
        assertThat(rows.get(1).get("event").isNull()).isTrue();
        assertThat(rows.get(1).get("passageId").asText()).isEqualTo("d2-0");
    }

    @Test
    void keepsEveryScriptAndAnEmptyExportIsAnEmptyArray() throws IOException {
        String text = "Les autorités françaises — Straße, Київ, 北京, 🙂";

        assertThat(MAPPER.readTree(export(Citations.citation(text, text)))
                        .get(0)
                        .get("text")
                        .asText())
                .isEqualTo(text);
        assertThat(MAPPER.readTree(export())).isEmpty();
    }

    @Test
    void leavesTheStreamOpenForItsOwner() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        CitationWriter writer = new JsonCitationWriter(out, MAPPER);
        writer.start();
        writer.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    private static String export(Citation... citations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CitationWriter writer = new JsonCitationWriter(out, MAPPER);
        writer.start();
        for (Citation citation : citations) {
            writer.write(citation);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
