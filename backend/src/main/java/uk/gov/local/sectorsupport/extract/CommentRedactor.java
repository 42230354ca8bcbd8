package uk.gov.local.sectorsupport.extract;

import java.util.ArrayList;
import java.util.Collection;
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

    /** The fewest digits a phone number has (PHONE: 0 or 44, then 9 or 10 more). */
    private static final int PHONE_DIGITS = 10;

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
        int digits = digits(redacted);
        if (digits >= PHONE_DIGITS) {
            redacted = PHONE.matcher(redacted).replaceAll("[phone]");
        }
        if (digits > 0 && hasDigitThenTwoLetters(redacted)) {
            redacted = POSTCODE.matcher(redacted).replaceAll("[postcode]");
        }
        return names.redact(redacted);
    }

    /** Whether the text has what every postcode ends with (its inward code: a digit, then two letters). */
    private static boolean hasDigitThenTwoLetters(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9' && asciiLetter(text.charAt(i + 1))
                    && asciiLetter(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /**
     * The pool's names, found as whole words whatever their case and the spaces between their words. Indexed as a
     * tree of their words' leading letters, so a comment is read once however large the pool and however many names
     * share their first words (a regular expression alternating thousands of names tries each of them at every
     * character; a list by first word tries every "John", or in a pool of "Peer Ada Okafor 17"s every name).
     */
    private static final class PeerNames {
        /** The names whose words' keys (see {@link #key}) are the path to this node, and the longer ones below. */
        private static final class Node {
            final Map<String, Node> next = new HashMap<>();
            final List<String[]> names = new ArrayList<>();
        }

        private final Node root = new Node();

        PeerNames(Collection<String> peerNames) {
            peerNames.stream().map(String::strip).filter(name -> name.length() >= 3).distinct()
                    .map(name -> name.split("\\s+")).forEach(words -> {
                        Node node = root;
                        for (String word : words) {
                            node = node.next.computeIfAbsent(key(word, 0), k -> new Node());
                        }
                        node.names.add(words);
                    });
        }

        String redact(String text) {
            if (root.next.isEmpty()) {
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
            int longest = -1;
            int at = start;
            Node node = root.next.get(key(text, start));
            while (node != null) {
                for (String[] words : node.names) {
                    longest = Math.max(longest, matchAt(text, start, words));
                }
                // The next word: past this one and the spaces after it.
                while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                int gap = at;
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                node = at == gap || at == text.length() || node.next.isEmpty() ? null : node.next.get(key(text, at));
            }
            return longest;
        }

        /** Where {@code words}, found at {@code start} as whole words, end; or -1. */
        private static int matchAt(String text, int start, String[] words) {
            int at = start;
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    int gap = at;
                    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                        at++;
                    }
                    if (at == gap) {
                        return -1;
                    }
                }
                if (!text.regionMatches(true, at, words[w], 0, words[w].length())) {
                    return -1;
                }
                at += words[w].length();
            }
            return at >= text.length() || !wordChar(text, at) ? at : -1;
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
