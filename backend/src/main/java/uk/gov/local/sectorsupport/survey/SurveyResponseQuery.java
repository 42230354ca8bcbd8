package uk.gov.local.sectorsupport.survey;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/** The filters the list and the summary share, as raw query parameters (so a bad value is a 400 naming it). */
public class SurveyResponseQuery {

    @QueryParam("subjectType")
    @Parameter(description = "What the responses are about", schema = @Schema(implementation = SurveySubjectType.class))
    String subjectType;

    @QueryParam("event")
    @Parameter(description = "Responses about this event", schema = @Schema(type = SchemaType.INTEGER), example = "123")
    String event;

    @QueryParam("peerChallenge")
    @Parameter(description = "Responses about this peer challenge", schema = @Schema(type = SchemaType.INTEGER),
            example = "42")
    String peerChallenge;

    @QueryParam("supportEngagement")
    @Parameter(description = "Responses about this support engagement", schema = @Schema(type = SchemaType.INTEGER),
            example = "7")
    String supportEngagement;

    @QueryParam("cohort")
    @Parameter(description = "Responses about this cohort", schema = @Schema(type = SchemaType.INTEGER), example = "12")
    String cohort;

    @QueryParam("financialYear")
    @Parameter(description = "Financial year (April–March) of the submitted date", example = "2024-25")
    String financialYear;

    @QueryParam("programme")
    @Parameter(description = "Programme of the subject (an event's, cohort's or engagement's); peer challenges count "
            + "as `corporate-peer-challenge`", example = "next-generation")
    String programme;

    @QueryParam("theme")
    @Parameter(description = "Theme of the subject's programme", schema = @Schema(implementation = Theme.class))
    String theme;

    @QueryParam("region")
    @Parameter(description = "Region of the respondent's council", schema = @Schema(implementation = Region.class))
    String region;

    @QueryParam("council")
    @Parameter(description = "GSS code of the respondent's council", example = "E06000047")
    String council;

    @QueryParam("respondentRole")
    @Parameter(description = "The respondent's role", schema = @Schema(implementation = ParticipantRole.class))
    String respondentRole;

    @QueryParam("organisation")
    @Parameter(description = "Id of the organisation the responses belong to (partners only ever see their own)",
            example = "solace")
    String organisation;

    SurveyResponseFilter toFilter() {
        return new SurveyResponseFilter(
                blank(subjectType) ? null : CodedEnum.parse(SurveySubjectType.class, "subjectType", subjectType),
                id("event", event),
                id("peerChallenge", peerChallenge),
                id("supportEngagement", supportEngagement),
                id("cohort", cohort),
                blank(financialYear) ? null : FinancialYear.parse("financialYear", financialYear),
                blank(programme) ? null : programme.strip(),
                blank(theme) ? null : CodedEnum.parse(Theme.class, "theme", theme),
                blank(region) ? null : CodedEnum.parse(Region.class, "region", region),
                blank(council) ? null : council.strip(),
                blank(respondentRole) ? null : CodedEnum.parse(ParticipantRole.class, "respondentRole", respondentRole),
                blank(organisation) ? null : organisation.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Long id(String parameter, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, "must be a whole number, the id of the subject");
        }
    }
}
