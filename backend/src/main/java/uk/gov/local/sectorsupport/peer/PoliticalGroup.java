package uk.gov.local.sectorsupport.peer;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** A member peer's political group. */
public enum PoliticalGroup implements CodedEnum {
    @JsonProperty("conservative") CONSERVATIVE("conservative", "Conservative"),
    @JsonProperty("labour") LABOUR("labour", "Labour"),
    @JsonProperty("liberal-democrat") LIBERAL_DEMOCRAT("liberal-democrat", "Liberal Democrat"),
    @JsonProperty("independent") INDEPENDENT("independent", "Independent"),
    @JsonProperty("green") GREEN("green", "Green"),
    @JsonProperty("other") OTHER("other", "Other");

    private final String code;
    private final String label;

    PoliticalGroup(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<PoliticalGroup> {
        public DatabaseConverter() {
            super(PoliticalGroup.class);
        }
    }
}
