package uk.gov.local.sectorsupport.importing;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Proof of an import: what the service received (the SHA-256 of the body, byte for byte) and what it did with it,
 * signed by the service. A partner keeps it and can have it confirmed later with `POST /api/v1/imports/receipts/verify`.
 */
@Schema(description = "Signed proof of what was received and what was done with it",
        requiredProperties = { "importId", "dataset", "organisation", "clientId", "bodySha256", "bodyBytes",
                "received", "created", "updated", "unchanged", "rejected", "withdrawn", "dryRun", "completedAt",
                "signature" })
public record Receipt(
        @Schema(example = "4127") long importId,
        ImportDataset dataset,
        @Schema(example = "solace") String organisation,
        @Schema(example = "solace-partner") String clientId,
        @Schema(description = "SHA-256 of the request body as received, in hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String bodySha256,
        @Schema(example = "412") long bodyBytes,
        @Schema(example = "3") int received,
        @Schema(example = "1") int created,
        @Schema(example = "1") int updated,
        @Schema(example = "0") int unchanged,
        @Schema(example = "1") int rejected,
        @Schema(example = "0") int withdrawn,
        boolean dryRun,
        Instant completedAt,
        @Schema(description = "The service's HMAC-SHA-256 signature of every other field, base64url",
                example = "3q2-7wK2bG0mJ2p4c9kq1WcUq4mM0a7Qm1c9bJvXb2o") String signature) {

    /** The text the signature is over: every field but the signature, in a fixed order. */
    String signedText() {
        return String.join("|", "sector-support-receipt-v1", Long.toString(importId), dataset.code(), organisation,
                clientId, bodySha256, Long.toString(bodyBytes), Integer.toString(received), Integer.toString(created),
                Integer.toString(updated), Integer.toString(unchanged), Integer.toString(rejected),
                Integer.toString(withdrawn), Boolean.toString(dryRun), completedAt.toString());
    }

    Receipt signed(String signature) {
        return new Receipt(importId, dataset, organisation, clientId, bodySha256, bodyBytes, received, created, updated,
                unchanged, rejected, withdrawn, dryRun, completedAt, signature);
    }
}
