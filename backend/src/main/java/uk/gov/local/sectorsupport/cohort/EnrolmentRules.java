package uk.gov.local.sectorsupport.cohort;

import java.security.SecureRandom;

/** Participant keys: pseudonymous, never a name or email. */
final class EnrolmentRules {

    static final String PARTICIPANT_KEY = "[A-Za-z0-9][A-Za-z0-9._:-]{2,63}";
    static final String PARTICIPANT_KEY_MESSAGE = "must be 3 to 64 letters, digits or . _ : - starting with a letter "
            + "or digit (a pseudonymous key, never a name or email)";

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrolmentRules() {
    }

    /** `par-` and 12 random base-32 characters (60 bits). */
    static String generateKey() {
        StringBuilder key = new StringBuilder("par-");
        for (int i = 0; i < 12; i++) {
            key.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return key.toString();
    }
}
