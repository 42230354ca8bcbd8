package uk.gov.local.sectorsupport.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens free text before it leaves in an extract: e-mail addresses, phone numbers, UK postcodes and the names of the
 * peers in the pool become `[email]`, `[phone]`, `[postcode]` and `[name]`. A screen, not a guarantee: it catches
 * the personal data that survey comments commonly carry.
 */
final class CommentRedactor {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** UK numbers: +44 or 0, then 9 or 10 more digits, with spaces, dots, dashes or brackets between groups. */
    static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+44\\s?\\(?0?\\)?|\\(?0)(?:[\\s.-]?\\)?\\d){9,10}(?!\\d)");
    /** The UK postcode format (outward code, space optional, inward code), in any case. */
    static final Pattern POSTCODE = Pattern.compile(
            "\\b(?i:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\\b");

    /** The fewest digits a phone number has (PHONE: 0 or 44, then 9 or 10 more). */
    private static final int PHONE_DIGITS = 10;
    /** The most characters POSTCODE's outward code and space take before its inward code (`GIR 0AA`, `SW1A 2AA`). */
    private static final int POSTCODE_OUTWARD = 5;

    private final PeerNames names;

    /** {@code peerNames}: the pool's peers' names, each redacted wherever it appears as whole words. */
    CommentRedactor(Collection<String> peerNames) {
        names = new PeerNames(peerNames);
    }

    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Each pattern runs only on the stretches of text where it could match (see the methods below): a regular
        // expression scanning a whole comment costs microseconds, and most comments hold no contact details.
        String redacted = text.indexOf('@') < 0 ? text : replaceInRuns(EMAIL, text, CommentRedactor::emailChar, 0,
                "[email]");
        int digits = digits(redacted);
        if (digits >= PHONE_DIGITS) {
            redacted = replaceInRuns(PHONE, redacted, CommentRedactor::phoneChar, PHONE_DIGITS, "[phone]");
        }
        if (digits > 0) {
            redacted = replacePostcodes(redacted);
        }
        return names.redact(redacted);
    }

    /**
     * Replaces the pattern's matches, looking only in the longest runs of {@code inRun} characters that hold at least
     * {@code minDigits} ASCII digits (PHONE) or, when that is 0, an '@' (EMAIL). Every match of EMAIL and PHONE is
     * made of such characters only, so no match crosses a run and the result is the pattern's replaceAll;
     * transparent bounds let PHONE's lookarounds see past the run.
     */
    private static String replaceInRuns(Pattern pattern, String text, CharPredicate inRun, int minDigits,
            String replacement) {
        Rewrite rewrite = new Rewrite(pattern, text, replacement);
        int i = 0;
        while (i < text.length()) {
            if (!inRun.test(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            boolean at = false;
            for (; i < text.length() && inRun.test(text.charAt(i)); i++) {
                char c = text.charAt(i);
                digits += c >= '0' && c <= '9' ? 1 : 0;
                at |= c == '@';
            }
            if (digits >= minDigits && (minDigits > 0 || at)) {
                rewrite.replaceIn(start, i);
            }
        }
        return rewrite.result();
    }

    /**
     * Replaces POSTCODE's matches, looking only near the inward codes (a digit, then two letters) that every match
     * ends with: at most five characters of outward code and space before one. Windows that touch are merged, so a
     * match is always inside one and the result is POSTCODE's replaceAll; transparent bounds let its {@code \b}s see
     * past the window.
     */
    private static String replacePostcodes(String text) {
        Rewrite rewrite = new Rewrite(POSTCODE, text, "[postcode]");
        int i = 0;
        while (i + 2 < text.length()) {
            if (!inwardCodeAt(text, i)) {
                i++;
                continue;
            }
            int start = Math.max(Math.max(i - POSTCODE_OUTWARD, 0), rewrite.copied);
            int end = i + 3;
            // Further inward codes whose windows touch this one.
            for (int j = i + 1; j + 2 < text.length() && j - POSTCODE_OUTWARD <= end; j++) {
                if (inwardCodeAt(text, j)) {
                    end = j + 3;
                }
            }
            rewrite.replaceIn(start, end);
            i = end;
        }
        return rewrite.result();
    }

    /**
     * A text with a pattern's matches in chosen regions replaced, left to right; transparent bounds let the pattern's
     * lookarounds and {@code \b}s see past a region. Built only once something is replaced.
     */
    private static final class Rewrite {
        private final Pattern pattern;
        private final String text;
        private final String replacement;
        private Matcher matcher;
        private StringBuilder out;
        /** Where the text not yet copied to {@code out} starts: the end of the last match. */
        private int copied;

        Rewrite(Pattern pattern, String text, String replacement) {
            this.pattern = pattern;
            this.text = text;
            this.replacement = replacement;
        }

        void replaceIn(int start, int end) {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true);
            }
            matcher.region(start, end);
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, matcher.start()).append(replacement);
                copied = matcher.end();
            }
        }

        String result() {
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }
    }

    private static boolean inwardCodeAt(String text, int i) {
        return text.charAt(i) >= '0' && text.charAt(i) <= '9' && asciiLetter(text.charAt(i + 1))
                && asciiLetter(text.charAt(i + 2));
    }

    private interface CharPredicate {
        boolean test(char c);
    }

    /** What EMAIL's matches are made of: its local part's characters, '@', and its domain's (a subset). */
    private static boolean emailChar(char c) {
        return asciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
                || c == '@';
    }

    /** What PHONE's matches are made of: digits, \s (ASCII whitespace) and + ( ) . - */
    private static boolean phoneChar(char c) {
        return (c >= '0' && c <= '9') || c == ' ' || (c >= '\t' && c <= '\r') || c == '+' || c == '(' || c == ')'
                || c == '.' || c == '-';
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
        /** The first letters of the names' first words, lower-cased: most words start with none of them. */
        private final BitSet firstLetters = new BitSet();

        PeerNames(Collection<String> peerNames) {
            peerNames.stream().map(String::strip).filter(name -> name.length() >= 3).distinct()
                    .map(name -> name.split("\\s+")).forEach(words -> {
                        Node node = root;
                        for (String word : words) {
                            node = node.next.computeIfAbsent(key(word, 0), k -> new Node());
                        }
                        node.names.add(words);
                    });
            root.next.keySet().stream().filter(key -> !key.isEmpty()).forEach(key -> firstLetters.set(key.charAt(0)));
        }

        String redact(String text) {
            if (root.next.isEmpty()) {
                return text;
            }
            StringBuilder out = null;
            int copied = 0;
            int i = 0;
            while (i < text.length()) {
                // A key's first char is its word's first char lower-cased as a char (even for İ, whose key is i̇).
                if (!wordChar(text, i) || (i > 0 && wordChar(text, i - 1))
                        || !firstLetters.get(Character.toLowerCase(text.charAt(i)))) {
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
