package uk.gov.local.sectorsupport.importing;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** All-or-nothing (one rejected row and nothing is written) or partial (the valid rows are written). */
public enum ImportMode implements CodedEnum {
    @JsonProperty("all-or-nothing") ALL_OR_NOTHING("all-or-nothing", "All or nothing"),
    @JsonProperty("partial") PARTIAL("partial", "Partial");

    private final String code;
    private final String label;

    ImportMode(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<ImportMode> {
        public DatabaseConverter() {
            super(ImportMode.class);
        }
    }
}
