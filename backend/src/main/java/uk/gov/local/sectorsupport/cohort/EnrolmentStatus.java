package uk.gov.local.sectorsupport.cohort;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Where a participant is on a cohort. */
public enum EnrolmentStatus implements CodedEnum {
    @JsonProperty("enrolled") ENROLLED("enrolled", "Enrolled"),
    @JsonProperty("completed") COMPLETED("completed", "Completed"),
    @JsonProperty("withdrawn") WITHDRAWN("withdrawn", "Withdrawn");

    private final String code;
    private final String label;

    EnrolmentStatus(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<EnrolmentStatus> {
        public DatabaseConverter() {
            super(EnrolmentStatus.class);
        }
    }
}
