package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UploadNamesTest {

    private static final Path CORPUS = Path.of("/srv/lessons/corpus");
    private static final String GENERATED = "uploads/[0-9a-f]{16}(-[a-z0-9]+(-[a-z0-9]+)*)?\\.pdf";

    static Stream<String> hostileNames() {
        return Stream.of(
                "../../x",
                "../../../../etc/passwd",
                "/etc/passwd",
                "C:\\Windows\\System32\\drivers\\etc\\hosts",
                "\\\\fileserver\\share\\minutes.pdf",
                "minutes\u0000.pdf",
                "a".repeat(10_000) + ".pdf",
                "CON",
                "con.pdf",
                "NUL",
                "aux.txt",
                "COM1.docx",
                "LPT9",
                "invoice\u202Efdp.exe",
                "..\uFF0F..\uFF0Fetc\uFF0Fpasswd",
                "..\u2215..\u2215x",
                "\u2024\u2024/\u2024\u2024/x",
                "notes.pdf\u200B",
                "",
                ".",
                "..",
                "...",
                "   ",
                ".hidden",
                "~$lock.docx",
                "README.md",
                "draft.tmp");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aHostileNameNeverChoosesWhereTheFileLands(String name) {
        String generated = UploadNames.generate(name, "application/pdf");

        assertThat(generated).matches(GENERATED).hasSizeLessThanOrEqualTo(100);
        assertThat(CORPUS.resolve(generated).normalize().getParent()).isEqualTo(CORPUS.resolve("uploads"));
    }

    @Test
    void aNullNameGetsOnlyTheIdAndTheExtensionOfItsContent() {
        assertThat(UploadNames.generate(null, "text/markdown")).matches("uploads/[0-9a-f]{16}\\.md");
    }

    @Test
    void keepsOnlyASlugOfTheNameForPeopleToRecogniseTheFileBy() {
        assertThat(UploadNames.generate("Contribution Française (v2).PDF", "application/pdf"))
                .matches("uploads/[0-9a-f]{16}-contribution-francaise-v2\\.pdf");
        assertThat(UploadNames.generate("../../etc/passwd", "text/plain")).matches("uploads/[0-9a-f]{16}-passwd\\.txt");
    }

    @Test
    void theExtensionIsThatOfTheContentNotOfTheName() {
        assertThat(UploadNames.generate("notes.txt", "application/pdf")).endsWith("-notes.pdf");
        assertThat(UploadNames.generate("report.pdf", "text/plain")).endsWith("-report.txt");
        assertThat(UploadNames.generate("invoice.pdf.exe", "application/vnd.oasis.opendocument.text"))
                .endsWith("-invoice-pdf.odt");
    }

    @Test
    void twoUploadsOfTheSameNameGetDifferentPaths() {
        assertThat(UploadNames.generate("notes.docx", "application/pdf"))
                .isNotEqualTo(UploadNames.generate("notes.docx", "application/pdf"));
    }

    @Test
    void theHintForDetectionIsTheSlugWithTheNamesExtension() {
        assertThat(UploadNames.hint("../../Field notes.MD")).isEqualTo("field-notes.md");
        assertThat(UploadNames.hint("C:\\minutes")).isEqualTo("minutes");
        assertThat(UploadNames.hint(null)).isEqualTo("upload");
    }
}
