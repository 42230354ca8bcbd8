package uk.gov.local.sectorsupport.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field's change, as text; a value that is absent before (created) or after (removed) is left out. */
@Schema(description = "One field's change", requiredProperties = { "field" })
public record AuditChange(
        @Schema(description = "The field; team members are `team.<peerId>`", example = "status") String field,
        @Schema(description = "The value before; absent when the field was empty", example = "requested") String from,
        @Schema(description = "The value after; absent when the field was emptied", example = "scoped") String to) {
}
