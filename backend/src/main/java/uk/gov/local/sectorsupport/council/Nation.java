package uk.gov.local.sectorsupport.council;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** UK nations; only English councils are loaded today. */
public enum Nation implements CodedEnum {
    @JsonProperty("england") ENGLAND("england", "England"),
    @JsonProperty("scotland") SCOTLAND("scotland", "Scotland"),
    @JsonProperty("wales") WALES("wales", "Wales"),
    @JsonProperty("northern-ireland") NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String code;
    private final String label;

    Nation(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Nation> {
        public DatabaseConverter() {
            super(Nation.class);
        }
    }
}
