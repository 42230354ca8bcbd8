package uk.gov.local.sectorsupport.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Screens free text before it leaves in an extract: e-mail addresses, phone numbers, UK postcodes and the names of the
 * peers in the pool become `[email]`, `[phone]`, `[postcode]` and `[name]`. A screen, not a guarantee: it catches
 * the personal data that survey comments commonly carry.
 */
final class CommentRedactor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** UK numbers: +44 or 0, then 9 or 10 more digits, with spaces, dots, dashes or brackets between groups. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+44\\s?\\(?0?\\)?|\\(?0)(?:[\\s.-]?\\)?\\d){9,10}(?!\\d)");
    /** The UK postcode format (outward code, space optional, inward code), in any case. */
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?i:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\\b");

    private final PeerNames names;

    /** {@code peerNames}: the pool's peers' names, each redacted wherever it appears as whole words. */
    CommentRedactor(Collection<String> peerNames) {
        names = new PeerNames(peerNames);
    }

    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Each screen runs only where its pattern could match: most comments hold no '@' and few digits.
        String redacted = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("[email]");
        if (redacted.chars().anyMatch(Character::isDigit)) {
            redacted = PHONE.matcher(redacted).replaceAll("[phone]");
            redacted = POSTCODE.matcher(redacted).replaceAll("[postcode]");
        }
        return names.redact(redacted);
    }

    /**
     * The pool's names, found as whole words whatever their case and the spaces between their words. Indexed by the
     * leading letters of each name, so a comment is read once however large the pool (a regular expression
     * alternating thousands of names tries each of them at every character).
     */
    private static final class PeerNames {
        /** Names by the first run of letters and digits of their first word, in lower case; longest first. */
        private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

        PeerNames(Collection<String> peerNames) {
            peerNames.stream().map(String::strip).filter(name -> name.length() >= 3).distinct()
                    .map(name -> name.split("\\s+"))
                    .sorted(Comparator.comparingInt((String[] words) -> String.join(" ", words).length()).reversed())
                    .forEach(words -> byFirstWord.computeIfAbsent(key(words[0], 0), k -> new ArrayList<>()).add(words));
        }

        String redact(String text) {
            if (byFirstWord.isEmpty()) {
                return text;
            }
            StringBuilder out = null;
            int copied = 0;
            int i = 0;
            while (i < text.length()) {
                if (!wordChar(text, i) || (i > 0 && wordChar(text, i - 1))) {
                    i++;
                    continue;
                }
                int end = longestNameAt(text, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append("[name]");
                copied = end;
                i = end;
            }
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }

        /** Where the longest name starting at {@code start} ends, or -1. */
        private int longestNameAt(String text, int start) {
            List<String[]> candidates = byFirstWord.get(key(text, start));
            if (candidates == null) {
                return -1;
            }
            for (String[] words : candidates) {
                int at = start;
                boolean matched = true;
                for (int w = 0; w < words.length && matched; w++) {
                    if (w > 0) {
                        int gap = at;
                        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                            at++;
                        }
                        matched = at > gap;
                    }
                    matched = matched && text.regionMatches(true, at, words[w], 0, words[w].length());
                    at += words[w].length();
                }
                if (matched && (at >= text.length() || !wordChar(text, at))) {
                    return at;
                }
            }
            return -1;
        }

        private static String key(String text, int start) {
            int end = start;
            while (end < text.length() && wordChar(text, end)) {
                end++;
            }
            return text.substring(start, end).toLowerCase(Locale.ROOT);
        }

        private static boolean wordChar(String text, int index) {
            return Character.isLetterOrDigit(text.charAt(index));
        }
    }
}
