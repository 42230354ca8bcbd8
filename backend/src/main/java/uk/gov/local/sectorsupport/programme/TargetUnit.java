package uk.gov.local.sectorsupport.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** How a deliverable's target is counted. */
public enum TargetUnit implements CodedEnum {
    @JsonProperty("count") COUNT("count", "Count"),
    @JsonProperty("per-cent") PER_CENT("per-cent", "Per cent");

    private final String code;
    private final String label;

    TargetUnit(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<TargetUnit> {
        public DatabaseConverter() {
            super(TargetUnit.class);
        }
    }
}
