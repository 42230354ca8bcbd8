package uk.gov.local.sectorsupport.extract;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * People's keys as one consumer sees them: HMAC-SHA-256 of the stored pseudonym under a secret of that consumer's own
 * (itself derived from the service's key and the consumer's client id). The same person has the same key in every
 * pull by one analyst client, so pulls join up over time, but keys from two clients cannot be joined together.
 */
final class Pseudonyms {

    private static final String HMAC = "HmacSHA256";

    private final Mac mac;

    Pseudonyms(String serviceKey, String consumer) {
        mac = mac(hmac(mac(serviceKey.getBytes(StandardCharsets.UTF_8)), consumer));
    }

    String of(String key) {
        return key == null ? null : HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(Mac mac, String text) {
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
