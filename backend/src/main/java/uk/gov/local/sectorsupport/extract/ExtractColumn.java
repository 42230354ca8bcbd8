package uk.gov.local.sectorsupport.extract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A column of an extract: its name and type as analysts see them, and the SQL that gives its value. */
@Schema(description = "A column of an extract", requiredProperties = { "name", "type", "description" })
public record ExtractColumn(
        @Schema(example = "satisfaction") String name,
        @Schema(description = "string, integer, number, boolean, date or date-time", example = "integer") String type,
        @Schema(example = "1 very dissatisfied to 5 very satisfied; absent when not answered") String description,
        @JsonIgnore @Schema(hidden = true) String sql,
        @JsonIgnore @Schema(hidden = true) Treatment treatment) {

    /** What is done to a value before it leaves. */
    enum Treatment {
        /** Sent as stored. */
        NONE,
        /** A person's key: replaced by a keyed hash that differs for every consumer. */
        PSEUDONYMISE,
        /** Free text: e-mail addresses, phone numbers, postcodes and the pool's peers' names are redacted. */
        REDACT
    }

    static ExtractColumn of(String name, String type, String sql, String description) {
        return new ExtractColumn(name, type, description, sql, Treatment.NONE);
    }

    static ExtractColumn pseudonym(String name, String sql, String description) {
        return new ExtractColumn(name, "string", description, sql, Treatment.PSEUDONYMISE);
    }

    static ExtractColumn redacted(String name, String sql, String description) {
        return new ExtractColumn(name, "string", description, sql, Treatment.REDACT);
    }
}
