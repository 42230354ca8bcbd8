package uk.gov.local.sectorsupport.common.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change to a record", requiredProperties = { "occurredAt", "actor", "action", "changes" })
public record AuditEntryView(
        @Schema(description = "When the change was committed", example = "2025-02-03T10:15:30Z") OffsetDateTime occurredAt,
        @Schema(description = "Who made it: the user name, or the client id of a partner system", example = "staff")
        String actor,
        @Schema(description = "What kind of change", example = "transition") String action,
        @Schema(description = "The record's version (ETag) after the change; absent after a delete", example = "2")
        Integer version,
        @Schema(description = "Fields that changed") List<AuditChange> changes) {
}
