package uk.gov.local.sectorsupport.event;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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

import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.http.ETags;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/**
 * Events. LGA staff and administrators write them; everyone reads them, partners only their own organisation's
 * (another organisation's event is a 404). Updates and deletes need If-Match (428 without, 412 when stale).
 */
@Path("/v1/events")
@Tag(name = "Events", description = "Masterclasses, webinars, conferences, weekenders … run under a programme, "
        + "with attendance figures. Partners see only their own organisation's events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List events",
            description = "Events matching every given filter, newest start date first (then by id), one page at a "
                    + "time. A partner sees only its own organisation's events.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
                    examples = @ExampleObject(name = "one masterclass", value = EventExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<EventView>> list(
            @Parameter(description = "Financial year (April–March) of the start date", example = "2024-25")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Programme id", example = "leadership-essentials") @QueryParam("programme") String programme,
            @Parameter(description = "The programme's theme", schema = @Schema(implementation = Theme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "Region where the event is held (not the attendees' councils' regions)",
                    schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "GSS code of a council: events with at least one booking from it",
                    example = "E06000047") @QueryParam("council") String council,
            @Parameter(description = "Kind of event", schema = @Schema(implementation = EventType.class))
            @QueryParam("type") String type,
            @Parameter(description = "In person, online or hybrid", schema = @Schema(implementation = EventFormat.class))
            @QueryParam("format") String format,
            @Parameter(description = "Id of the organisation the events belong to", example = "solace")
            @QueryParam("organisation") String organisation,
            @Parameter(description = "Part of the title", example = "finance") @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        EventFilter filter = new EventFilter(
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.text(programme),
                QueryParams.code(Theme.class, "theme", theme),
                QueryParams.code(Region.class, "region", region),
                QueryParams.text(council),
                QueryParams.code(EventType.class, "type", type),
                QueryParams.code(EventFormat.class, "format", format),
                QueryParams.text(organisation),
                QueryParams.text(q));
        return PagedResponses.ok(events.search(filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Record an event",
            description = "It belongs to the programme's delivering organisation unless `organisation` names another. "
                    + "An `externalId` already used by the organisation is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventCreate.class),
            examples = {
                    @ExampleObject(name = "masterclass", value = EventExamples.CREATE),
                    @ExampleObject(name = "online webinar", value = EventExamples.WEBINAR) }))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "masterclass", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<EventView> create(EventCreate create, @Context UriInfo uriInfo) {
        EventView created = events.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<EventView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get an event",
            description = "With its attendance figures. The `ETag` header is the version to send back in `If-Match`. "
                    + "Another organisation's event is a 404 for a partner.")
    @APIResponse(responseCode = "200", description = "The event",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "masterclass", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<EventView> get(@Parameter(description = "Event id", example = "311") @PathParam("id") long id) {
        EventView view = events.find(id).orElseThrow(() -> EventService.notFound(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update an event",
            description = "Replaces its fields. Moving it to another organisation moves its attendances and survey "
                    + "responses too (each recorded in its own history); a 409 naming `organisation` when one's "
                    + "external id is already used there. New dates must still include every attending council's "
                    + "existence. Needs `If-Match`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventUpdate.class),
            examples = @ExampleObject(name = "masterclass", value = EventExamples.CREATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "masterclass", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<EventView> update(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            EventUpdate update) {
        EventView view = events.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete an event",
            description = "**Deletes its attendances too** (each deletion is audited). Not while survey responses are "
                    + "recorded against the event (409): they would be lost with it. Needs `If-Match`; the event's "
                    + "history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted, with its attendances")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public void delete(
            @Parameter(description = "Event id", example = "311") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        events.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "An event's change history",
            description = "Every change to the event's own fields, oldest first: who, when, what. Attendances have "
                    + "their own history. Still readable after the event is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created then changed", value = EventExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(@Parameter(description = "Event id", example = "311") @PathParam("id") long id) {
        return events.history(id);
    }

    @Schema(name = "EventPage", description = "A page of events")
    static final class EventPage extends Page<EventView> {
        private EventPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
