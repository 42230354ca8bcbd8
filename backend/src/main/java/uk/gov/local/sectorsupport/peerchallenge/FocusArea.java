package uk.gov.local.sectorsupport.peerchallenge;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** The five core elements every Corporate Peer Challenge looks at. */
public enum FocusArea implements CodedEnum {
    @JsonProperty("local-priorities-and-outcomes") LOCAL_PRIORITIES_AND_OUTCOMES("local-priorities-and-outcomes", "Local priorities and outcomes"),
    @JsonProperty("governance-and-culture") GOVERNANCE_AND_CULTURE("governance-and-culture", "Governance and culture"),
    @JsonProperty("organisational-and-place-leadership") ORGANISATIONAL_AND_PLACE_LEADERSHIP("organisational-and-place-leadership", "Organisational and place leadership"),
    @JsonProperty("financial-planning-and-management") FINANCIAL_PLANNING_AND_MANAGEMENT("financial-planning-and-management", "Financial planning and management"),
    @JsonProperty("capacity-for-improvement") CAPACITY_FOR_IMPROVEMENT("capacity-for-improvement", "Capacity for improvement");

    private final String code;
    private final String label;

    FocusArea(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<FocusArea> {
        public DatabaseConverter() {
            super(FocusArea.class);
        }
    }
}
