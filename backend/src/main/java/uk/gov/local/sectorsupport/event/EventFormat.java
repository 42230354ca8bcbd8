package uk.gov.local.sectorsupport.event;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** How an event is held. */
public enum EventFormat implements CodedEnum {
    @JsonProperty("in-person") IN_PERSON("in-person", "In person"),
    @JsonProperty("online") ONLINE("online", "Online"),
    @JsonProperty("hybrid") HYBRID("hybrid", "Hybrid");

    private final String code;
    private final String label;

    EventFormat(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<EventFormat> {
        public DatabaseConverter() {
            super(EventFormat.class);
        }
    }
}
