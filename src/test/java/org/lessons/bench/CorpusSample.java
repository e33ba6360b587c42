package org.lessons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What generated passages borrow from the sample corpus: the word counts of its paragraphs, and which word
 * follows which. Only the plain-text, Markdown and HTML files are read, so that no parser is needed and the
 * generator stays independent of Tika; they hold about 10,000 words of the same kind of prose as the rest.
 *
 * @param paragraphLengths the number of words of every paragraph long enough to be a passage
 * @param followers each word (lower case) to the words that follow it in the sample, with repeats, so that a
 *     random pick keeps the sample's frequencies
 * @param frequencies how often each word (lower case) occurs in the sample
 */
record CorpusSample(
        List<Integer> paragraphLengths, Map<String, List<String>> followers, Map<String, Integer> frequencies) {

    /** Shorter paragraphs are headings or list fragments, which the splitter joins rather than indexes alone. */
    private static final int MIN_PASSAGE_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|li|h[1-6]|div|tr|section)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern NOT_TEXT = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1>");

    static CorpusSample read(Path corpus) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(CorpusSample::isPlainText).sorted().toList()) {
                paragraphs.addAll(
                        paragraphs(Files.readString(file), file.toString().endsWith(".html")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample corpus in " + corpus, e);
        }
        List<Integer> lengths = new ArrayList<>();
        Map<String, List<String>> followers = new HashMap<>();
        Map<String, Integer> frequencies = new HashMap<>();
        for (String paragraph : paragraphs) {
            List<String> words = words(paragraph);
            if (words.size() >= MIN_PASSAGE_WORDS) {
                lengths.add(words.size());
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i).toLowerCase();
                frequencies.merge(word, 1, Integer::sum);
                if (i + 1 < words.size()) {
                    followers.computeIfAbsent(word, w -> new ArrayList<>()).add(words.get(i + 1));
                }
            }
        }
        if (lengths.isEmpty()) {
            throw new IllegalStateException("No text, Markdown or HTML paragraphs found in " + corpus);
        }
        return new CorpusSample(List.copyOf(lengths), Map.copyOf(followers), Map.copyOf(frequencies));
    }

    private static boolean isPlainText(Path file) {
        String name = file.getFileName().toString();
        return !name.equals("README.md") && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html"));
    }

    private static List<String> paragraphs(String content, boolean html) {
        String text = content;
        if (html) {
            text = NOT_TEXT.matcher(text).replaceAll(" ");
            text = BLOCK_END.matcher(text).replaceAll("\n\n");
            text = TAG.matcher(text).replaceAll(" ").replace("&amp;", "&").replace("&nbsp;", " ");
        }
        return List.of(text.split("\\n\\s*\\n"));
    }

    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(paragraph);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
