package uk.gov.local.sectorsupport.council;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** Kind of local authority; the register's type codes (CTY, NMD, …) map onto these. */
public enum CouncilType implements CodedEnum {
    @JsonProperty("county") COUNTY("county", "County council", true),
    @JsonProperty("district") DISTRICT("district", "District council", true),
    @JsonProperty("unitary") UNITARY("unitary", "Unitary authority", true),
    @JsonProperty("metropolitan-district") METROPOLITAN_DISTRICT("metropolitan-district", "Metropolitan district", true),
    @JsonProperty("london-borough") LONDON_BOROUGH("london-borough", "London borough", true),
    @JsonProperty("city-corporation") CITY_CORPORATION("city-corporation", "City corporation", true),
    @JsonProperty("combined-authority") COMBINED_AUTHORITY("combined-authority", "Combined authority", false),
    @JsonProperty("strategic-authority") STRATEGIC_AUTHORITY("strategic-authority", "Strategic regional authority", false);

    private final String code;
    private final String label;
    private final boolean principal;

    CouncilType(String code, String label, boolean principal) {
        this.code = code;
        this.label = label;
        this.principal = principal;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Principal councils are the 317 in England; combined and strategic authorities are not. */
    public boolean principal() {
        return principal;
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends CodedEnumConverter<CouncilType> {
        public DatabaseConverter() {
            super(CouncilType.class);
        }
    }
}
