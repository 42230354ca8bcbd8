package uk.gov.local.sectorsupport.programme;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** A programme's theme, as the annual report groups them. */
public enum Theme implements CodedEnum {
    @JsonProperty("governance-and-leadership") GOVERNANCE_AND_LEADERSHIP("governance-and-leadership", "Governance and leadership"),
    @JsonProperty("finance") FINANCE("finance", "Finance"),
    @JsonProperty("workforce") WORKFORCE("workforce", "Workforce"),
    @JsonProperty("transformation") TRANSFORMATION("transformation", "Transformation"),
    @JsonProperty("peer-challenge") PEER_CHALLENGE("peer-challenge", "Peer challenge"),
    @JsonProperty("childrens-services") CHILDRENS_SERVICES("childrens-services", "Children's services"),
    @JsonProperty("adult-social-care") ADULT_SOCIAL_CARE("adult-social-care", "Adult social care"),
    @JsonProperty("cyber-digital-technology") CYBER_DIGITAL_TECHNOLOGY("cyber-digital-technology", "Cyber, digital and technology"),
    @JsonProperty("planning") PLANNING("planning", "Planning"),
    @JsonProperty("procurement") PROCUREMENT("procurement", "Procurement"),
    @JsonProperty("sustainability") SUSTAINABILITY("sustainability", "Sustainability"),
    @JsonProperty("culture-and-sport") CULTURE_AND_SPORT("culture-and-sport", "Culture and sport"),
    @JsonProperty("communications") COMMUNICATIONS("communications", "Communications"),
    @JsonProperty("research-and-data") RESEARCH_AND_DATA("research-and-data", "Research and data");

    private final String code;
    private final String label;

    Theme(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Theme> {
        public DatabaseConverter() {
            super(Theme.class);
        }
    }
}
