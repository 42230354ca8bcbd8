package uk.gov.local.sectorsupport.common.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The `page` and `size` query parameters every list takes, declared and documented once (`@BeanParam`). */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, at most 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25"))
    String size;

    /** Read as text and checked here, so a non-number is a 400 that says why rather than JAX-RS's 404. */
    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
