package uk.gov.local.sectorsupport.council;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;

/** Which councils a list covers: those existing today, those abolished, or both. */
public enum CouncilStatus implements CodedEnum {
    @JsonProperty("current") CURRENT("current", "Current"),
    @JsonProperty("ended") ENDED("ended", "Ended"),
    @JsonProperty("all") ALL("all", "All");

    private final String code;
    private final String label;

    CouncilStatus(String code, String label) {
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
