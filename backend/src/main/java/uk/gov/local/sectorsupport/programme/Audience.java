package uk.gov.local.sectorsupport.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Who a programme is for. */
public enum Audience implements CodedEnum {
    @JsonProperty("councillors") COUNCILLORS("councillors", "Councillors"),
    @JsonProperty("officers") OFFICERS("officers", "Officers"),
    @JsonProperty("senior-officers") SENIOR_OFFICERS("senior-officers", "Senior officers"),
    @JsonProperty("chief-executives") CHIEF_EXECUTIVES("chief-executives", "Chief executives"),
    @JsonProperty("graduates") GRADUATES("graduates", "Graduates"),
    @JsonProperty("whole-council") WHOLE_COUNCIL("whole-council", "Whole council"),
    @JsonProperty("prospective-councillors") PROSPECTIVE_COUNCILLORS("prospective-councillors", "Prospective councillors");

    private final String code;
    private final String label;

    Audience(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Audience> {
        public DatabaseConverter() {
            super(Audience.class);
        }
    }
}
