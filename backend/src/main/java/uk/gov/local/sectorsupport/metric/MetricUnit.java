package uk.gov.local.sectorsupport.metric;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** What a figure's value is a number of. */
public enum MetricUnit implements CodedEnum {
    @JsonProperty("councils") COUNCILS("councils", "Councils"),
    @JsonProperty("records") RECORDS("records", "Records"),
    @JsonProperty("people") PEOPLE("people", "People"),
    @JsonProperty("days") DAYS("days", "Days"),
    @JsonProperty("per-cent") PER_CENT("per-cent", "Per cent");

    private final String code;
    private final String label;

    MetricUnit(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<MetricUnit> {
        public DatabaseConverter() {
            super(MetricUnit.class);
        }
    }
}
