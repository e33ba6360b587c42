package org.lessons.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownCitationWriterTest {

    @Test
    void writesAHeadingTheQuotedPassageAndACitationLinePerPassage() throws IOException {
        String markdown = export(
                Citations.citation("Expert meeting in Oslo", "Prosecutors shared evidence.\n\nIt worked."),
                Citations.bare("Office notice", "Nothing to cite."));

        assertThat(markdown).isEqualTo("""
                # Passages exported from Lessons

                ## 1. Expert meeting in Oslo

                > Prosecutors shared evidence.
                >
                > It worked.

                *Expert meeting in Oslo*, Expert meeting in Oslo, 2022-06-22, 2. Lessons learned, p. 4 \
                (Meeting notes). Tools: Joint investigation teams. Countries: Norway; Sweden. \
                [Open in Lessons](http://lessons.example/documents/d1?passage=d1-3)

                ## 2. Office notice

                > Nothing to cite.

                *Office notice* (Other). [Open in Lessons](http://lessons.example/documents/d2?passage=d2-0)
                """);
    }

    @Test
    void documentTextCannotMarkUpTheExport() throws IOException {
        String markdown = export(Citations.citation(
                "The *real* [guide](http://evil) <script>alert(1)</script> #2",
                "1. First point\n- a bullet\n# not a heading\n> not a quote\n=====\n    not code\n"
                        + "use `rm` & a_b | c ~~x~~"));

        assertThat(markdown)
                .contains("## 1. The \\*real\\* \\[guide\\](http://evil) \\<script\\>alert(1)\\</script\\> \\#2\n")
                .contains("> 1\\. First point\n")
                .contains("> \\- a bullet\n")
                .contains("> \\# not a heading\n")
                .contains("> \\> not a quote\n")
                .contains("> \\=====\n")
                .contains("> not code\n")
                .contains("> use \\`rm\\` \\& a\\_b \\| c \\~\\~x\\~\\~\n");
    }

    @Test
    void keepsEveryScript() throws IOException {
        String text = "Les autorités françaises — Straße, Київ, 北京, 🙂";

        assertThat(export(Citations.citation(text, text))).contains("## 1. " + text + "\n", "> " + text + "\n");
    }

    private static String export(Citation... citations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CitationWriter writer = new MarkdownCitationWriter(out);
        writer.start();
        for (Citation citation : citations) {
            writer.write(citation);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
