package uk.gov.local.sectorsupport.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

/**
 * A person's key as a partner pushes it: HMAC-SHA-256 of the trimmed, lower-cased e-mail address under the key the
 * LGA issues to every partner, in hex. The same person pushed by two partners is then one person in the report,
 * while no name or address reaches us (docs/partner-integration.md says how to derive it).
 */
final class PushedPseudonym {

    private static final Pattern HMAC_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private PushedPseudonym() {
    }

    /** The key in lower case, or null with an error on {@code field} when it is missing or not 64 hex characters. */
    static String check(String key, String field, List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            errors.add(new FieldError(field, "is required: the HMAC-SHA-256 pseudonym of the person's e-mail address, "
                    + "64 hex characters"));
            return null;
        }
        if (!HMAC_HEX.matcher(key.strip()).matches()) {
            errors.add(new FieldError(field, "must be the HMAC-SHA-256 pseudonym of the person's e-mail address: 64 "
                    + "hex characters (see the partner integration guide), never a name or an address"));
            return null;
        }
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
