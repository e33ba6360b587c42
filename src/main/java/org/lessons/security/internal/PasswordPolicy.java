package org.lessons.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long, and not one that attackers try first. Length does most of the work; the
 * bundled list of passwords seen in breaches catches the long ones that are still guessed early, and the same
 * list with the usual disguises taken off (digits or symbols tacked on the end, letters swapped for look-alike
 * digits, a word typed twice) catches their variants without listing each of them.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why this password may not be used, or nothing if it may. */
    public Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Give a password.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password is too short: use at least " + MIN_LENGTH + " characters.");
        }
        if (isCommon(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password is on a list of common passwords that attackers try first;"
                    + " choose one that is not.");
        }
        return Optional.empty();
    }

    private boolean isCommon(String password) {
        String base = password.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return common.contains(password)
                || common.contains(base)
                || common.contains(unleet(base))
                || common.contains(halfOfRepeat(base));
    }

    private static String unleet(String text) {
        return text.replace('@', 'a')
                .replace('4', 'a')
                .replace('3', 'e')
                .replace('1', 'i')
                .replace('!', 'i')
                .replace('0', 'o')
                .replace('$', 's')
                .replace('5', 's')
                .replace('7', 't');
    }

    /** "dragondragon" is "dragon"; a text that is no word typed twice is returned as it is. */
    private static String halfOfRepeat(String text) {
        int half = text.length() / 2;
        return text.length() % 2 == 0 && text.substring(0, half).equals(text.substring(half))
                ? text.substring(0, half)
                : text;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords " + LIST, e);
        }
        return passwords;
    }
}
