package uk.gov.local.sectorsupport.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;

/** The kinds of support a council's timeline brings together, in the order entries of one day are listed. */
public enum TimelineKind implements CodedEnum {
    @JsonProperty("peer-challenge") PEER_CHALLENGE("peer-challenge", "Peer challenge"),
    @JsonProperty("support-engagement") SUPPORT_ENGAGEMENT("support-engagement", "Support engagement"),
    @JsonProperty("cohort") COHORT("cohort", "Cohort"),
    @JsonProperty("event") EVENT("event", "Event");

    private final String code;
    private final String label;

    TimelineKind(String code, String label) {
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
}
