package uk.gov.local.sectorsupport.peerchallenge;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** A peer's role on a peer challenge team. */
public enum TeamRole implements CodedEnum {
    @JsonProperty("lead-member-peer") LEAD_MEMBER_PEER("lead-member-peer", "Lead member peer"),
    @JsonProperty("member-peer") MEMBER_PEER("member-peer", "Member peer"),
    @JsonProperty("officer-peer") OFFICER_PEER("officer-peer", "Officer peer"),
    @JsonProperty("shadow-peer") SHADOW_PEER("shadow-peer", "Shadow peer");

    private final String code;
    private final String label;

    TeamRole(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<TeamRole> {
        public DatabaseConverter() {
            super(TeamRole.class);
        }
    }
}
