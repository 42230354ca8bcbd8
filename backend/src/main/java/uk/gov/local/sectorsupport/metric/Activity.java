package uk.gov.local.sectorsupport.metric;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;

/** The records a metric counts over, and the date that places each in a financial year. */
public enum Activity implements CodedEnum {
    @JsonProperty("peer-challenge") PEER_CHALLENGE("peer-challenge", "Peer challenges, by their on-site date"),
    @JsonProperty("team-member") TEAM_MEMBER("team-member", "Peers on peer challenge teams, by the challenge's date"),
    @JsonProperty("event") EVENT("event", "Events, by their start date"),
    @JsonProperty("attendance") ATTENDANCE("attendance", "Attendances (attended), by the event's start date"),
    @JsonProperty("enrolment") ENROLMENT("enrolment", "Enrolments (not withdrawn), by the cohort's financial year"),
    @JsonProperty("participation") PARTICIPATION("participation", "Attendances and enrolments together"),
    @JsonProperty("support-engagement") SUPPORT_ENGAGEMENT("support-engagement",
            "Support engagements, by their start date"),
    @JsonProperty("survey-response") SURVEY_RESPONSE("survey-response", "Survey responses, by their submitted date");

    private final String code;
    private final String label;

    Activity(String code, String label) {
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
