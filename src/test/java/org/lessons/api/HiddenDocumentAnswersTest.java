package org.lessons.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessons.marking.Marking;
import org.lessons.testsupport.CanaryCorpus;
import org.lessons.testsupport.TestAudit;
import org.lessons.testsupport.TestViewers;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A document the caller may not see is answered exactly as one that does not exist: the same status, headers and
 * bytes, for the document, its original, similar passages, and reading or changing its handling. The proof asks about a hidden document, then removes
 * it from the index and asks again.
 */
class HiddenDocumentAnswersTest {

    @TempDir
    Path dataDir;

    private CanaryCorpus canaries;
    private MockMvc api;

    @BeforeEach
    void start() {
        canaries = new CanaryCorpus(dataDir);
        api = MockMvcBuilders.standaloneSetup(
                        new DocumentController(
                                canaries.library(), canaries.ingest(), canaries.handlings(), TestAudit.log()),
                        new DiscoveryController(
                                canaries.search(), canaries.suggestions(), new SearchParameters(canaries.search())))
                .setControllerAdvice(new ApiExceptionHandler())
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        TestViewers.signOut();
        canaries.close();
    }

    @Test
    void aHiddenDocumentAnswersByteForByteAsAMissingOne() throws Exception {
        String handling = "/api/documents/" + CanaryCorpus.documentId(Marking.AMBER) + "/handling";
        List<String> paths = List.of(
                "/api/documents/" + CanaryCorpus.documentId(Marking.AMBER),
                "/api/documents/" + CanaryCorpus.documentId(Marking.AMBER) + "/original",
                "/api/passages/" + CanaryCorpus.passageId(Marking.AMBER) + "/similar",
                handling,
                "PUT " + handling,
                "DELETE " + handling);
        canaries.signIn(Marking.AMBER);
        // reads only: a change would re-mark the canary from its own sources, which mark it TLP:GREEN
        for (String path : paths.stream().filter(path -> path.startsWith("/")).toList()) {
            assertThat(answer(path).getStatus())
                    .as("the document exists: " + path)
                    .isEqualTo(200);
        }
        canaries.signIn(Marking.GREEN);
        Map<String, String> hidden = answers(paths);

        canaries.index().deletePath(CanaryCorpus.documentId(Marking.AMBER) + ".txt");
        canaries.index().commit();

        assertThat(answers(paths)).isEqualTo(hidden);
        assertThat(hidden.values()).allSatisfy(answer -> assertThat(answer).startsWith("404 application/problem+json"));
    }

    private Map<String, String> answers(List<String> paths) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            MockHttpServletResponse response = answer(path);
            answers.put(
                    path,
                    response.getStatus() + " " + response.getContentType() + " " + response.getHeaderNames() + " "
                            + response.getContentAsString());
        }
        return answers;
    }

    /** A GET, or a PUT or DELETE when the path starts with the method; a PUT keeps the document TLP:AMBER. */
    private MockHttpServletResponse answer(String path) throws Exception {
        if (path.startsWith("PUT ")) {
            return api.perform(put(path.substring(4))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"marking\": \"TLP:AMBER\", \"chathamHouse\": true}"))
                    .andReturn()
                    .getResponse();
        }
        if (path.startsWith("DELETE ")) {
            return api.perform(delete(path.substring(7))).andReturn().getResponse();
        }
        return api.perform(get(path)).andReturn().getResponse();
    }
}
