package uk.gov.local.sectorsupport.peer;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Self-reported ethnic group (ONS high-level groups); optional, reported only in aggregate. */
public enum EthnicGroup implements CodedEnum {
    @JsonProperty("asian") ASIAN("asian", "Asian or Asian British"),
    @JsonProperty("black") BLACK("black", "Black, Black British, Caribbean or African"),
    @JsonProperty("mixed") MIXED("mixed", "Mixed or multiple ethnic groups"),
    @JsonProperty("white") WHITE("white", "White"),
    @JsonProperty("other") OTHER("other", "Other ethnic group"),
    @JsonProperty("prefer-not-to-say") PREFER_NOT_TO_SAY("prefer-not-to-say", "Prefer not to say");

    private final String code;
    private final String label;

    EthnicGroup(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<EthnicGroup> {
        public DatabaseConverter() {
            super(EthnicGroup.class);
        }
    }
}
