package uk.gov.local.sectorsupport.common;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;

/** The role a person from a council comes in: an attendee, a participant or a survey respondent. */
public enum ParticipantRole implements CodedEnum {
    @JsonProperty("councillor") COUNCILLOR("councillor", "Councillor"),
    @JsonProperty("officer") OFFICER("officer", "Officer"),
    @JsonProperty("chief-executive") CHIEF_EXECUTIVE("chief-executive", "Chief executive"),
    @JsonProperty("other") OTHER("other", "Other");

    private final String code;
    private final String label;

    ParticipantRole(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<ParticipantRole> {
        public DatabaseConverter() {
            super(ParticipantRole.class);
        }
    }
}
