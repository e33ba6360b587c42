package org.lessons.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageAddressTest {

    @Test
    void opensTheDocumentAtThePassageWithTheSearchWordsMarked() {
        assertThat(new PassageAddress("2355bc82", "2355bc82-0004", "Überwachung nach Haft & Co").path())
                .isEqualTo("documents/2355bc82?passage=2355bc82-0004&q=%C3%9Cberwachung%20nach%20Haft%20%26%20Co");
    }

    @Test
    void citationsLinkUnderTheApplicationsAddressWithoutWords() {
        assertThat(new PassageAddress("d1", "d1-3", null).under("https://lessons.example"))
                .isEqualTo("https://lessons.example/documents/d1?passage=d1-3");
        assertThat(new PassageAddress("d1", null, "").path()).isEqualTo("documents/d1");
    }
}
