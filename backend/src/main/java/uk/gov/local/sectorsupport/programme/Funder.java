package uk.gov.local.sectorsupport.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Who pays for a programme. */
public enum Funder implements CodedEnum {
    @JsonProperty("mhclg-grant") MHCLG_GRANT("mhclg-grant", "MHCLG grant"),
    @JsonProperty("dhsc") DHSC("dhsc", "DHSC"),
    @JsonProperty("dfe") DFE("dfe", "DfE"),
    @JsonProperty("dcms") DCMS("dcms", "DCMS"),
    @JsonProperty("sport-england") SPORT_ENGLAND("sport-england", "Sport England"),
    @JsonProperty("self-funded") SELF_FUNDED("self-funded", "Self-funded"),
    @JsonProperty("other") OTHER("other", "Other");

    private final String code;
    private final String label;

    Funder(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Funder> {
        public DatabaseConverter() {
            super(Funder.class);
        }
    }
}
