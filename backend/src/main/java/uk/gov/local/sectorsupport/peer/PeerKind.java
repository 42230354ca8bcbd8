package uk.gov.local.sectorsupport.peer;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** A member peer is a serving councillor; an officer peer is a senior council officer. */
public enum PeerKind implements CodedEnum {
    @JsonProperty("member") MEMBER("member", "Member peer"),
    @JsonProperty("officer") OFFICER("officer", "Officer peer");

    private final String code;
    private final String label;

    PeerKind(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<PeerKind> {
        public DatabaseConverter() {
            super(PeerKind.class);
        }
    }
}
