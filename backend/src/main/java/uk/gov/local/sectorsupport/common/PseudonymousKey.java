package uk.gov.local.sectorsupport.common;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * Keys that stand for a person on a record (an attendee, a participant) without saying who they are: never a name
 * or an email address. Validated against the pattern the database enforces; generated when a form leaves it out.
 */
public final class PseudonymousKey {

    /** The pattern the database enforces: letters, digits and `._:-` only, so never an email address or a name with spaces. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{2,63}$";
    public static final String MESSAGE = "must be a pseudonymous key of 3 to 64 letters, digits, '.', '_', ':' or '-', "
            + "starting with a letter or digit; never a name or an email address";

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int RANDOM_CHARACTERS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PseudonymousKey() {
    }

    /** {@code prefix} (such as `att-`) and 12 random base-32 characters (60 bits), drawn again while {@code taken}. */
    public static String generate(String prefix, Predicate<String> taken) {
        while (true) {
            StringBuilder key = new StringBuilder(prefix);
            for (int i = 0; i < RANDOM_CHARACTERS; i++) {
                key.append(BASE32[RANDOM.nextInt(BASE32.length)]);
            }
            if (!taken.test(key.toString())) {
                return key.toString();
            }
        }
    }
}
