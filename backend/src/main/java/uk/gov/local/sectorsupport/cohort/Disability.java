package uk.gov.local.sectorsupport.cohort;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Self-reported disability; optional, reported only in aggregate. */
public enum Disability implements CodedEnum {
    @JsonProperty("yes") YES("yes", "Yes"),
    @JsonProperty("no") NO("no", "No"),
    @JsonProperty("prefer-not-to-say") PREFER_NOT_TO_SAY("prefer-not-to-say", "Prefer not to say");

    private final String code;
    private final String label;

    Disability(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Disability> {
        public DatabaseConverter() {
            super(Disability.class);
        }
    }
}
