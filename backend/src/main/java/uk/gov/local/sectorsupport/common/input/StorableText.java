package uk.gov.local.sectorsupport.common.input;

/**
 * Text the service accepts anywhere: PostgreSQL cannot store the NUL character in text, and an unpaired UTF-16
 * surrogate is not Unicode at all (it would be stored as a replacement character, silently changed).
 */
public final class StorableText {

    public static final String PROBLEM = "must be text without NUL characters or unpaired surrogates";

    private StorableText() {
    }

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
