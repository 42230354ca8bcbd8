package uk.gov.local.sectorsupport.importing;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Which kind of record a push carries (the path segment of POST /api/v1/imports/{dataset}). */
public enum ImportDataset implements CodedEnum {
    @JsonProperty("events") EVENTS("events", "Events"),
    @JsonProperty("attendances") ATTENDANCES("attendances", "Attendances"),
    @JsonProperty("cohorts") COHORTS("cohorts", "Cohorts"),
    @JsonProperty("enrolments") ENROLMENTS("enrolments", "Enrolments"),
    @JsonProperty("support-engagements") SUPPORT_ENGAGEMENTS("support-engagements", "Support engagements"),
    @JsonProperty("survey-responses") SURVEY_RESPONSES("survey-responses", "Survey responses");

    private final String code;
    private final String label;

    ImportDataset(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<ImportDataset> {
        public DatabaseConverter() {
            super(ImportDataset.class);
        }
    }
}
