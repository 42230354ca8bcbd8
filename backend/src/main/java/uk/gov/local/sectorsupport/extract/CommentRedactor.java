package uk.gov.local.sectorsupport.extract;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    private final Pattern names;

    /** {@code peerNames}: the pool's peers' names, each redacted wherever it appears as whole words. */
    CommentRedactor(Collection<String> peerNames) {
        String alternatives = peerNames.stream().map(String::strip).filter(name -> name.length() >= 3).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Pattern.quote(name).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        names = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = EMAIL.matcher(text).replaceAll("[email]");
        redacted = PHONE.matcher(redacted).replaceAll("[phone]");
        redacted = POSTCODE.matcher(redacted).replaceAll("[postcode]");
        return names == null ? redacted : names.matcher(redacted).replaceAll("[name]");
    }
}
