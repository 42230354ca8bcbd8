package uk.gov.local.sectorsupport.importing;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: the answer to a push, and what `GET /api/v1/imports/{id}` shows of it afterwards. */
@Schema(description = "An import: its status and counts, the rejected rows and why, and its receipt",
        requiredProperties = { "id", "dataset", "organisation", "clientId", "status", "dryRun", "mode", "received",
                "processed", "created", "updated", "unchanged", "rejected", "withdrawn", "errors", "startedAt" })
public record ImportSummary(
        @Schema(example = "4127") long id,
        ImportDataset dataset,
        @Schema(description = "Id of the organisation the records belong to", example = "solace") String organisation,
        @Schema(description = "Who pushed: the partner's client id, or the user name of LGA staff pushing on the "
                + "organisation's behalf", example = "solace-partner") String clientId,
        ImportStatus status,
        @Schema(description = "True when the push was only checked: nothing was written") boolean dryRun,
        ImportMode mode,
        @Schema(description = "Complete-set scope: the programme", example = "springboard") String scopeProgramme,
        @Schema(description = "Complete-set scope: the financial year", example = "2025-26") String scopeFinancialYear,
        @Schema(description = "Rows in the body", example = "3") int received,
        @Schema(description = "Rows checked and written so far; equals `received` when finished", example = "3")
        int processed,
        @Schema(description = "Records added", example = "1") int created,
        @Schema(description = "Records changed (or brought back after a withdrawal)", example = "1") int updated,
        @Schema(description = "Rows identical to what was already stored", example = "0") int unchanged,
        @Schema(description = "Rows rejected; see `errors`", example = "1") int rejected,
        @Schema(description = "Records withdrawn by a complete-set push", example = "0") int withdrawn,
        @Schema(description = "The row count the partner declared in `X-Control-Count`", example = "3")
        Integer controlCount,
        @Schema(description = "Whether the declared row count equals the rows received, and every row was accepted: "
                + "`reconciled`, `count-mismatch` or `rows-rejected`; absent without `X-Control-Count`",
                example = "reconciled") String controlTotal,
        @Schema(description = "One entry per problem with a rejected row (a row with two bad fields has two); at "
                + "most " + ImportService.ERRORS_SHOWN + " here, every one in `errors.csv`") List<RowError> errors,
        @Schema(description = "The records a complete-set push withdrew") List<Withdrawal> withdrawals,
        @Schema(description = "Why a failed import failed", example = "The service stopped while the import ran; "
                + "nothing of it was written. Push the same body again.") String failureReason,
        Instant startedAt,
        Instant completedAt,
        @Schema(description = "Proof of what was received and done; present when completed") Receipt receipt) {

    /** One problem with one row. */
    @Schema(name = "ImportRowError", requiredProperties = { "row", "message" })
    public record RowError(
            @Schema(description = "The row as the partner counts it: the element of the JSON array, the line of the "
                    + "NDJSON file, the spreadsheet row of the CSV (its header is row 1); 0 for the push as a whole",
                    example = "2") int row,
            @Schema(description = "The row's external id, when it has one", example = "SB-2025-0042") String externalId,
            @Schema(description = "The field at fault", example = "council") String field,
            @Schema(description = "What is wrong, for a person to act on",
                    example = "there is no council with GSS code E06999999") String message) {
    }

    /** A record withdrawn because a complete-set push left it out. */
    @Schema(name = "ImportWithdrawal", requiredProperties = { "id", "externalId" })
    public record Withdrawal(@Schema(example = "311") Long id, @Schema(example = "SB-2024-017") String externalId) {
    }
}
