package uk.gov.local.sectorsupport.survey;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.http.QueryParams;
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
    @Parameter(description = "Programme of the subject (an event's, cohort's or engagement's; for a peer challenge, "
            + "the one its kind is delivered under, as the response's `programme`)", example = "next-generation")
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
                QueryParams.code(SurveySubjectType.class, "subjectType", subjectType),
                QueryParams.id("event", event),
                QueryParams.id("peerChallenge", peerChallenge),
                QueryParams.id("supportEngagement", supportEngagement),
                QueryParams.id("cohort", cohort),
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.text(programme),
                QueryParams.code(Theme.class, "theme", theme),
                QueryParams.code(Region.class, "region", region),
                QueryParams.text(council),
                QueryParams.code(ParticipantRole.class, "respondentRole", respondentRole),
                QueryParams.text(organisation));
    }
}
