package org.lessons.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    @Test
    void readsTheIsoDateAtTheStartOfAFileName() {
        assertThat(DocumentDates.fromFileName("2021-03-24_expert-meeting.pdf")).contains(LocalDate.of(2021, 3, 24));
        assertThat(DocumentDates.fromFileName("expert-meeting.pdf")).isEmpty();
    }

    @Test
    void readsDatesWrittenInTheLanguagesOfTheInitiative() {
        LocalDate expected = LocalDate.of(2021, 3, 12);
        assertThat(DocumentDates.parse("12 March 2021")).contains(expected);
        assertThat(DocumentDates.parse("March 12, 2021")).contains(expected);
        assertThat(DocumentDates.parse("12 mars 2021")).contains(expected);
        assertThat(DocumentDates.parse("12. März 2021")).contains(expected);
        assertThat(DocumentDates.parse("12 de marzo de 2021")).contains(expected);
        assertThat(DocumentDates.parse("1er mars 2021")).contains(LocalDate.of(2021, 3, 1));
    }

    @Test
    void ignoresTextThatIsNotADate() {
        assertThat(DocumentDates.parse("online")).isEmpty();
        assertThat(DocumentDates.fromTimestamp("2021-06-15T09:00:00Z")).contains(LocalDate.of(2021, 6, 15));
    }
}
