package uk.gov.local.sectorsupport.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** What a survey response is about. */
public enum SurveySubjectType implements CodedEnum {
    @JsonProperty("event") EVENT("event", "Event"),
    @JsonProperty("peer-challenge") PEER_CHALLENGE("peer-challenge", "Peer challenge"),
    @JsonProperty("support-engagement") SUPPORT_ENGAGEMENT("support-engagement", "Support engagement"),
    @JsonProperty("cohort") COHORT("cohort", "Cohort");

    private final String code;
    private final String label;

    SurveySubjectType(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<SurveySubjectType> {
        public DatabaseConverter() {
            super(SurveySubjectType.class);
        }
    }
}
