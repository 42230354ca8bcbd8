package uk.gov.local.sectorsupport.peerchallenge;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Kind of peer challenge or peer review. */
public enum PeerChallengeType implements CodedEnum {
    @JsonProperty("cpc") CPC("cpc", "Corporate Peer Challenge"),
    @JsonProperty("fpc") FPC("fpc", "Finance Peer Challenge"),
    @JsonProperty("gpc") GPC("gpc", "Governance Peer Challenge"),
    @JsonProperty("cpc-progress-review") CPC_PROGRESS_REVIEW("cpc-progress-review", "CPC progress review"),
    @JsonProperty("communications") COMMUNICATIONS("communications", "Communications peer review"),
    @JsonProperty("send") SEND("send", "SEND peer review"),
    @JsonProperty("childrens-services") CHILDRENS_SERVICES("childrens-services", "Children's services peer review"),
    @JsonProperty("adult-social-care") ADULT_SOCIAL_CARE("adult-social-care", "Adult social care peer review");

    private final String code;
    private final String label;

    PeerChallengeType(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<PeerChallengeType> {
        public DatabaseConverter() {
            super(PeerChallengeType.class);
        }
    }
}
