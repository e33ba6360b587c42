package org.lessons.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problem("umbrella-harbour-cinnamon")).isEmpty();
        assertThat(policy.problem("Tr0ub4dor&3-staple")).isEmpty();
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(policy.problem("")).hasValue("Give a password.");
        assertThat(policy.problem(null)).hasValue("Give a password.");
    }

    @Test
    void refusesFewerThanTwelveCharactersAndSaysHowMany() {
        assertThat(policy.problem("kx9#Lm2!qZ4"))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("too short").contains("12"));
        assertThat(policy.problem("kx9#Lm2!qZ4w")).isEmpty();
    }

    @Test
    void countsCharactersNotBytesOrCodeUnits() {
        assertThat(policy.problem("ééééééééééé"))
                .hasValueSatisfying(p -> assertThat(p).contains("too short"));
        assertThat(policy.problem("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"))
                .hasValueSatisfying(p -> assertThat(p).contains("too short"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012",
                "qwertyuiopasdf",
                "1q2w3e4r5t6y",
                "administrator",
                "iloveyouforever",
                "correcthorsebatterystaple"
            })
    void refusesLongPasswordsFromTheBreachList(String password) {
        assertThat(policy.problem(password))
                .hasValueSatisfying(p -> assertThat(p).contains("common passwords"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"PassWord1234", "SUNSHINE2024!", "football12345", "P@ssw0rd2024!", "dragondragon", "Monkey123456"
            })
    void refusesListedPasswordsInTheirUsualDisguises(String password) {
        assertThat(policy.problem(password))
                .hasValueSatisfying(p -> assertThat(p).contains("common passwords"));
    }
}
