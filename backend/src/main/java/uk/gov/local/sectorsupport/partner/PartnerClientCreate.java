package uk.gov.local.sectorsupport.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Onboard a partner organisation: one API client per organisation", requiredProperties = "organisation")
public record PartnerClientCreate(
        @Schema(description = "Id of a delivery partner organisation (see /api/v1/organisations)", example = "cfgs")
        @NotBlank @Size(max = 50) String organisation) {
}
