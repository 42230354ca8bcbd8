package uk.gov.local.sectorsupport.peerchallenge;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Kind of peer challenge or peer review. */
public enum PeerChallengeType implements CodedEnum {
    @JsonProperty("cpc") CPC("cpc", "Corporate Peer Challenge", "corporate-peer-challenge"),
    @JsonProperty("fpc") FPC("fpc", "Finance Peer Challenge", "corporate-peer-challenge"),
    @JsonProperty("gpc") GPC("gpc", "Governance Peer Challenge", "corporate-peer-challenge"),
    @JsonProperty("cpc-progress-review") CPC_PROGRESS_REVIEW("cpc-progress-review", "CPC progress review",
            "corporate-peer-challenge"),
    @JsonProperty("communications") COMMUNICATIONS("communications", "Communications peer review",
            "communications-support"),
    @JsonProperty("send") SEND("send", "SEND peer review", null),
    @JsonProperty("childrens-services") CHILDRENS_SERVICES("childrens-services", "Children's services peer review",
            "childrens-services-improvement"),
    @JsonProperty("adult-social-care") ADULT_SOCIAL_CARE("adult-social-care", "Adult social care peer review", null);

    private final String code;
    private final String label;
    private final String programmeId;

    PeerChallengeType(String code, String label, String programmeId) {
        this.code = code;
        this.label = label;
        this.programmeId = programmeId;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Id of the catalogue programme this kind is delivered under; null where the catalogue names none. */
    public String programmeId() {
        return programmeId;
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<PeerChallengeType> {
        public DatabaseConverter() {
            super(PeerChallengeType.class);
        }
    }
}
