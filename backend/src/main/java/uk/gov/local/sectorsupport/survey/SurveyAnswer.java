package uk.gov.local.sectorsupport.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** A yes/no survey question, which a respondent may leave unanswered. */
public enum SurveyAnswer implements CodedEnum {
    @JsonProperty("yes") YES("yes", "Yes"),
    @JsonProperty("no") NO("no", "No"),
    @JsonProperty("not-answered") NOT_ANSWERED("not-answered", "Not answered");

    private final String code;
    private final String label;

    SurveyAnswer(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<SurveyAnswer> {
        public DatabaseConverter() {
            super(SurveyAnswer.class);
        }
    }
}
