package uk.gov.local.sectorsupport.peer;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Self-reported sex; optional, reported only in aggregate. */
public enum Sex implements CodedEnum {
    @JsonProperty("female") FEMALE("female", "Female"),
    @JsonProperty("male") MALE("male", "Male"),
    @JsonProperty("prefer-not-to-say") PREFER_NOT_TO_SAY("prefer-not-to-say", "Prefer not to say");

    private final String code;
    private final String label;

    Sex(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Sex> {
        public DatabaseConverter() {
            super(Sex.class);
        }
    }
}
