package uk.gov.local.sectorsupport.importing;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/**
 * Where an import stands: running, completed (written, or only validated for a dry run), rejected (all-or-nothing
 * with a bad row: nothing written) or failed (interrupted: nothing of it written).
 */
public enum ImportStatus implements CodedEnum {
    @JsonProperty("running") RUNNING("running", "Running"),
    @JsonProperty("completed") COMPLETED("completed", "Completed"),
    @JsonProperty("rejected") REJECTED("rejected", "Rejected"),
    @JsonProperty("failed") FAILED("failed", "Failed");

    private final String code;
    private final String label;

    ImportStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<ImportStatus> {
        public DatabaseConverter() {
            super(ImportStatus.class);
        }
    }
}
