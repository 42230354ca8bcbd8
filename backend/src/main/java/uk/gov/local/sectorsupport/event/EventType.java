package uk.gov.local.sectorsupport.event;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Kind of event. */
public enum EventType implements CodedEnum {
    @JsonProperty("masterclass") MASTERCLASS("masterclass", "Masterclass"),
    @JsonProperty("webinar") WEBINAR("webinar", "Webinar"),
    @JsonProperty("roundtable") ROUNDTABLE("roundtable", "Roundtable"),
    @JsonProperty("conference") CONFERENCE("conference", "Conference"),
    @JsonProperty("training-course") TRAINING_COURSE("training-course", "Training course"),
    @JsonProperty("leadership-weekender") LEADERSHIP_WEEKENDER("leadership-weekender", "Leadership weekender"),
    @JsonProperty("network-meeting") NETWORK_MEETING("network-meeting", "Network meeting");

    private final String code;
    private final String label;

    EventType(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<EventType> {
        public DatabaseConverter() {
            super(EventType.class);
        }
    }
}
