package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadNamesTest {

    @Test
    void keepsOnlyASanitisedSlugAndExtensionOfTheUploadersName() {
        assertThat(UploadNames.generate("Contribution Française (v2).PDF"))
                .matches("uploads/[0-9a-f]{8}-contribution-francaise-v2\\.pdf");
    }

    @Test
    void aNameCannotChooseWhereTheFileLands() {
        assertThat(UploadNames.generate("../../etc/passwd")).matches("uploads/[0-9a-f]{8}-passwd");
        assertThat(UploadNames.generate("..\\..\\windows\\system.ini")).matches("uploads/[0-9a-f]{8}-system\\.ini");
        assertThat(UploadNames.generate(null)).matches("uploads/[0-9a-f]{8}");
    }

    @Test
    void twoUploadsOfTheSameNameGetDifferentPaths() {
        assertThat(UploadNames.generate("notes.docx")).isNotEqualTo(UploadNames.generate("notes.docx"));
    }
}
