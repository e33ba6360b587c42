package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessons.ingest.FailureReason;
import org.lessons.testsupport.CallCounter;
import org.lessons.testsupport.IngestSettings;
import org.lessons.testsupport.XxeDocuments;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML external entities are never resolved: documents in every format whose parser reads XML declare entities and
 * DTDs pointing at a local file and at a listener on this host, and the real worker neither puts the file's canary
 * into the text or metadata nor calls the listener. XML and SVG are not accepted by default; this worker accepts
 * them, as a curator could, so that their parsers are tried too.
 */
class XxeTest {

    private static final String FILE_CANARY = "filecanary" + System.nanoTime();
    private static final String REMOTE_CANARY = "remotecanary" + System.nanoTime();

    @TempDir
    static Path temp;

    private static CallCounter listener;
    private static XxeDocuments documents;
    private static Map<String, Path> files;
    private static ForkedParser parser;

    @BeforeAll
    static void prepare() throws Exception {
        listener = new CallCounter(REMOTE_CANARY);
        documents = new XxeDocuments(Files.writeString(temp.resolve("canary.txt"), FILE_CANARY), listener.address());
        files = documents.writeAll(temp.resolve("documents"));
        String xmlToo = String.join(",", IngestSettings.with().allowedTypes()) + ",application/xml,image/svg+xml";
        parser = new ForkedParser(IngestSettings.with("worker-heap=256m", "allowed-types=" + xmlToo));
    }

    @AfterAll
    static void stop() throws Exception {
        parser.stopWorker();
        listener.close();
    }

    static Stream<Arguments> documents() {
        return files.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noEntityIsResolved(String name, Path document) {
        ParseResponse response = parser.parse(document);

        String everything = text(response) + " " + response.metadata().values();
        assertThat(everything).doesNotContain(FILE_CANARY).doesNotContain(REMOTE_CANARY);
        assertThat(listener.calls()).as("calls to the listener").isZero();
        if (response.succeeded()) {
            assertThat(everything).as("the document was read").containsIgnoringCase("minutes");
        } else {
            // the Office parser refuses a DOCTYPE, or the entity it declared, in a package part: the whole
            // document is refused as damaged
            assertThat(response.failureReason()).as(response.detail()).isEqualTo(FailureReason.CORRUPT.code());
        }
    }

    /** The same documents do read the file and call the listener when a parser resolves what they declare. */
    @Test
    void theDocumentsAreRealAttacks() throws Exception {
        assertThat(readWithJdkDefaults(documents.xml(XxeDocuments.Attack.FILE_ENTITY)))
                .contains(FILE_CANARY);
        CallCounter other = new CallCounter(REMOTE_CANARY);
        try (other) {
            XxeDocuments pointingAtOther = new XxeDocuments(temp.resolve("canary.txt"), other.address());
            assertThat(readWithJdkDefaults(pointingAtOther.xml(XxeDocuments.Attack.HTTP_ENTITY)))
                    .contains(REMOTE_CANARY);
            // the listener's answer is no DTD, so the parse fails, but only after the call was made
            assertThatThrownBy(() -> readWithJdkDefaults(pointingAtOther.xml(XxeDocuments.Attack.EXTERNAL_DTD)))
                    .isInstanceOf(SAXParseException.class);
            assertThat(other.calls()).isEqualTo(2);
        }
    }

    private static String readWithJdkDefaults(byte[] xml) throws Exception {
        StringBuilder text = new StringBuilder();
        SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }
        });
        return text.toString();
    }

    private static String text(ParseResponse response) {
        return response.blocks().stream().map(RawBlock::text).collect(Collectors.joining(" "));
    }
}
