package uk.gov.local.sectorsupport.engagement;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Kind of bespoke support to one council. */
public enum EngagementType implements CodedEnum {
    @JsonProperty("mentoring") MENTORING("mentoring", "Mentoring"),
    @JsonProperty("targeted-finance-support") TARGETED_FINANCE_SUPPORT("targeted-finance-support", "Targeted finance support"),
    @JsonProperty("targeted-workforce-support") TARGETED_WORKFORCE_SUPPORT("targeted-workforce-support", "Targeted workforce support"),
    @JsonProperty("post-election-support") POST_ELECTION_SUPPORT("post-election-support", "Post-election support"),
    @JsonProperty("top-team-development") TOP_TEAM_DEVELOPMENT("top-team-development", "Top team development"),
    @JsonProperty("transformation-experts") TRANSFORMATION_EXPERTS("transformation-experts", "Transformation experts"),
    @JsonProperty("other") OTHER("other", "Other support");

    private final String code;
    private final String label;

    EngagementType(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<EngagementType> {
        public DatabaseConverter() {
            super(EngagementType.class);
        }
    }
}
