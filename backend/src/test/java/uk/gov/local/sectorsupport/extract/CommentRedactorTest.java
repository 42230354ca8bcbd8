package uk.gov.local.sectorsupport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The comment screen: contact details and the pool's names, as whole words, whatever their case or spacing. */
class CommentRedactorTest {

    private final CommentRedactor redactor = new CommentRedactor(
            List.of("Ann Lee", "Ann Leeds", "Anna Lee", "Siobhán O'Brien-Hart", "Jo", "  Raj   Patel "));

    @Test
    void contactDetailsAndPostcodes() {
        assertEquals("Write to [email] or call [phone] / [phone]; office at [postcode] or [postcode].",
                redactor.redact("Write to a.b+c@council.gov.uk or call 020 7946 0123 / +44 (0)161 496 0000; "
                        + "office at LS1 4AP or sw1a2aa."));
    }

    @Test
    void namesSharingAPrefixAreEachFoundWhole() {
        assertEquals("[name], [name] and [name] came; Ann Leeway and Annabel did not.",
                redactor.redact("Ann Lee, ANNA lee and ann   Leeds came; Ann Leeway and Annabel did not."));
    }

    @Test
    void punctuationInNamesIsLiteralAndShortNamesAreNotScreened() {
        assertEquals("Thanks [name] and [name]. Jo was there.",
                redactor.redact("Thanks siobhán o'brien-hart and Raj Patel. Jo was there."));
        assertEquals("Siobhán OxBrien-Hart", redactor.redact("Siobhán OxBrien-Hart"));
    }

    /** A large pool gives what a plain alternation of every name gives, on texts made to nearly match. */
    @Test
    void aLargePoolAgreesWithAPlainAlternation() {
        List<String> pool = new ArrayList<>();
        String[] first = { "Ada", "Adam", "Ben", "Benedict", "Cara", "Carys", "Dev" };
        String[] last = { "Okafor", "Oka", "Hughes", "Hugh", "Patel", "Pate" };
        for (int i = 0; i < 2_000; i++) {
            pool.add(first[i % first.length] + " " + last[(i / 7) % last.length] + (i % 3 == 0 ? "" : " " + i));
        }
        CommentRedactor screen = new CommentRedactor(pool);
        Pattern plain = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + pool.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(name -> Pattern.quote(name).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int i = 0; i < 500; i++) {
            String text = "Met " + first[i % first.length] + " " + last[i % last.length] + " " + (i * 7) + " and "
                    + first[(i + 3) % first.length].toUpperCase() + "  " + last[(i + 1) % last.length] + "x, then "
                    + first[(i + 5) % first.length] + " " + last[(i + 2) % last.length] + ".";
            assertEquals(plain.matcher(text).replaceAll("[name]"), screen.redact(text), text);
        }
    }

    /**
     * The patterns run only on the stretches of text where they could match: on texts made of near misses, that gives
     * what each pattern's replaceAll on the whole text gives.
     */
    @Test
    void lookingOnlyWhereAPatternCouldMatchFindsWhatThePatternFinds() {
        CommentRedactor screen = new CommentRedactor(List.of());
        String[] pieces = { "a", "Zq", "0", "7", "44", "+", "(", ")", ".", "-", " ", "\t", "\n", "@", "_", "%", "é",
            "٣", "LS1", "4AP", "SW1A", " 2aa", "GIR 0AA", "020", "7946", "0123", "x@y.co", "@@", "+44 (0)161",
            "496 0000", "b.c-d@e-f.org.uk", "M1 1AE", "W1", "9ZZ", "EC1A1BB" };
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(24); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String email = CommentRedactor.EMAIL.matcher(text).replaceAll("[email]");
            String phone = CommentRedactor.PHONE.matcher(email).replaceAll("[phone]");
            assertEquals(CommentRedactor.POSTCODE.matcher(phone).replaceAll("[postcode]"), screen.redact(text.toString()),
                    text.toString());
        }
    }
}
