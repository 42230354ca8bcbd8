package uk.gov.local.sectorsupport.council;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.persistence.Converter;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.CodedEnumConverter;

/** The nine English regions (ONS ITL1). */
public enum Region implements CodedEnum {
    @JsonProperty("north-east") NORTH_EAST("north-east", "North East"),
    @JsonProperty("north-west") NORTH_WEST("north-west", "North West"),
    @JsonProperty("yorkshire-and-the-humber") YORKSHIRE_AND_THE_HUMBER("yorkshire-and-the-humber", "Yorkshire and The Humber"),
    @JsonProperty("east-midlands") EAST_MIDLANDS("east-midlands", "East Midlands"),
    @JsonProperty("west-midlands") WEST_MIDLANDS("west-midlands", "West Midlands"),
    @JsonProperty("east-of-england") EAST_OF_ENGLAND("east-of-england", "East of England"),
    @JsonProperty("london") LONDON("london", "London"),
    @JsonProperty("south-east") SOUTH_EAST("south-east", "South East"),
    @JsonProperty("south-west") SOUTH_WEST("south-west", "South West");

    private final String code;
    private final String label;

    Region(String code, String label) {
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
    public static class DatabaseConverter extends CodedEnumConverter<Region> {
        public DatabaseConverter() {
            super(Region.class);
        }
    }
}
