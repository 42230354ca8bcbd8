package uk.gov.local.sectorsupport.metric;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** What a metric counts; each kind reads its own options from the metric's definition. */
public enum MetricKind implements CodedEnum {
    @JsonProperty("councils-engaged") COUNCILS_ENGAGED("councils-engaged", "Distinct councils engaged"),
    @JsonProperty("record-count") RECORD_COUNT("record-count", "Count of records"),
    @JsonProperty("distinct-participants") DISTINCT_PARTICIPANTS("distinct-participants", "Distinct participants"),
    @JsonProperty("days-sum") DAYS_SUM("days-sum", "Sum of days (and the saving at a rate per day)"),
    @JsonProperty("survey-percentage") SURVEY_PERCENTAGE("survey-percentage", "Percentage of survey responses"),
    @JsonProperty("peer-challenge-percentage") PEER_CHALLENGE_PERCENTAGE("peer-challenge-percentage",
            "Percentage of peer challenges"),
    @JsonProperty("attribute-share") ATTRIBUTE_SHARE("attribute-share", "Share of people with an attribute"),
    @JsonProperty("change-on-previous-year") CHANGE_ON_PREVIOUS_YEAR("change-on-previous-year",
            "Change on the previous year");

    private final String code;
    private final String label;

    MetricKind(String code, String label) {
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

    public boolean percentage() {
        return this == SURVEY_PERCENTAGE || this == PEER_CHALLENGE_PERCENTAGE || this == ATTRIBUTE_SHARE;
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<MetricKind> {
        public DatabaseConverter() {
            super(MetricKind.class);
        }
    }
}
