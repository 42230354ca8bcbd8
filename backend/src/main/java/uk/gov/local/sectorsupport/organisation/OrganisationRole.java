package uk.gov.local.sectorsupport.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

public enum OrganisationRole implements CodedEnum {
    @JsonProperty("lga") LGA("lga", "Local Government Association"),
    @JsonProperty("partner") PARTNER("partner", "Delivery partner");

    private final String code;
    private final String label;

    OrganisationRole(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<OrganisationRole> {
        public DatabaseConverter() {
            super(OrganisationRole.class);
        }
    }
}
