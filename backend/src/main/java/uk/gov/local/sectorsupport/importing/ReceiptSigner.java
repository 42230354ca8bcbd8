package uk.gov.local.sectorsupport.importing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs receipts with the service's key and checks a receipt quoted back (in constant time). */
@ApplicationScoped
class ReceiptSigner {

    private static final String HMAC = "HmacSHA256";

    @Inject
    ImportConfig config;

    Receipt sign(Receipt receipt) {
        return receipt.signed(signature(receipt));
    }

    boolean verify(Receipt receipt) {
        if (receipt.signature() == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(receipt).getBytes(StandardCharsets.US_ASCII),
                receipt.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(Receipt receipt) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(config.receiptKey().getBytes(StandardCharsets.UTF_8), HMAC));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(receipt.signedText().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
