package uk.gov.local.sectorsupport.peerchallenge;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Where a peer challenge is in its lifecycle; see PeerChallengeLifecycle for the allowed moves. */
public enum PeerChallengeStatus implements CodedEnum {
    @JsonProperty("requested") REQUESTED("requested", "Requested"),
    @JsonProperty("scoped") SCOPED("scoped", "Scoped"),
    @JsonProperty("scheduled") SCHEDULED("scheduled", "Scheduled"),
    @JsonProperty("on-site") ON_SITE("on-site", "On site"),
    @JsonProperty("report-drafted") REPORT_DRAFTED("report-drafted", "Report drafted"),
    @JsonProperty("report-published") REPORT_PUBLISHED("report-published", "Report published"),
    @JsonProperty("action-plan-published") ACTION_PLAN_PUBLISHED("action-plan-published", "Action plan published"),
    @JsonProperty("cancelled") CANCELLED("cancelled", "Cancelled");

    private final String code;
    private final String label;

    PeerChallengeStatus(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<PeerChallengeStatus> {
        public DatabaseConverter() {
            super(PeerChallengeStatus.class);
        }
    }
}
