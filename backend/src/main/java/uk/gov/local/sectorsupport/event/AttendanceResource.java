package uk.gov.local.sectorsupport.event;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import uk.gov.local.sectorsupport.common.ParticipantRole;
import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.http.ETags;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

/**
 * Bookings on an event. Whoever may read the event may read them (a partner only its own organisation's); LGA
 * staff and administrators write them. The event's capacity is not a limit: real events overbook.
 */
@Path("/v1/events/{id}/attendances")
@Tag(name = "Event attendance", description = "Bookings on an event and whether each person came, under pseudonymous "
        + "attendee keys (never names or email addresses)")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceService attendances;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List an event's attendances",
            description = "Bookings matching every given filter, in the order they were recorded.")
    @APIResponse(responseCode = "200", description = "A page of attendances",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttendancePage.class),
                    examples = @ExampleObject(name = "one councillor", value = EventExamples.ATTENDANCE_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<Page<AttendanceView>> list(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @Parameter(description = "GSS code of the attendee's council", example = "E06000047")
            @QueryParam("council") String council,
            @Parameter(description = "The role the attendee came in", schema = @Schema(implementation = ParticipantRole.class))
            @QueryParam("attendeeRole") String attendeeRole,
            @Parameter(description = "Only those who came (`true`) or only bookings not attended (`false`)",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("attended") String attended,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        AttendanceFilter filter = new AttendanceFilter(QueryParams.text(council),
                QueryParams.code(ParticipantRole.class, "attendeeRole", attendeeRole),
                QueryParams.bool("attended", attended));
        return PagedResponses.ok(attendances.search(id, filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Record a booking",
            description = "The attendance belongs to the event's organisation. Leave out `attendeeKey` to have one "
                    + "generated (`att-` and 12 characters); a key already used on the event is a 409. Bookings "
                    + "beyond the event's capacity are accepted (real events overbook) and the event then shows "
                    + "`overbooked`. A council that had ended before the event, or started after it, is a 400.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttendanceCreate.class),
            examples = {
                    @ExampleObject(name = "generated key", value = EventExamples.ATTENDANCE_CREATE),
                    @ExampleObject(name = "partner's own key", value = EventExamples.ATTENDANCE_WITH_KEY) }))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceView.class),
                    examples = @ExampleObject(name = "councillor", value = EventExamples.ATTENDANCE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<AttendanceView> create(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            AttendanceCreate create, @Context UriInfo uriInfo) {
        AttendanceView created = attendances.create(id, create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<AttendanceView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{attendanceId}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get an attendance", description = "The `ETag` header is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The attendance",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceView.class),
                    examples = @ExampleObject(name = "councillor", value = EventExamples.ATTENDANCE)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<AttendanceView> get(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @Parameter(description = "Attendance id", example = "5120") @PathParam("attendanceId") long attendanceId) {
        AttendanceView view = attendances.find(id, attendanceId);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{attendanceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update an attendance", description = "Replaces its fields. Needs `If-Match` with the "
            + "attendance's ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttendanceUpdate.class),
            examples = @ExampleObject(name = "did not come", value = EventExamples.ATTENDANCE_UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceView.class),
                    examples = @ExampleObject(name = "councillor", value = EventExamples.ATTENDANCE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<AttendanceView> update(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @Parameter(description = "Attendance id", example = "5120") @PathParam("attendanceId") long attendanceId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            AttendanceUpdate update) {
        AttendanceView view = attendances.update(id, attendanceId, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{attendanceId}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete an attendance", description = "Needs `If-Match`; its history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public void delete(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @Parameter(description = "Attendance id", example = "5120") @PathParam("attendanceId") long attendanceId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        attendances.delete(id, attendanceId, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{attendanceId}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "An attendance's change history",
            description = "Every change, oldest first: who, when, what. Still readable after the attendance or its "
                    + "event is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "booked, then came", value = EventExamples.ATTENDANCE_HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @Parameter(description = "Attendance id", example = "5120") @PathParam("attendanceId") long attendanceId) {
        return attendances.history(id, attendanceId);
    }

    @Schema(name = "AttendancePage", description = "A page of an event's attendances")
    static final class AttendancePage extends Page<AttendanceView> {
        private AttendancePage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
