package rapport.customer.cases;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.customer.common.ApiExamples;
import rapport.web.Page;
import rapport.web.PageParams;

@Path("/api/teams/{teamId}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Customer issues spanning contacts; opened, resolved and reopened by interactions")
@RunOnVirtualThread
public class CaseResource {

    private static final String CASE_EXAMPLE = """
            {"id": "9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f", "customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
             "customerName": "Ada Lovelace",
             "status": "OPEN", "category": "COMPLAINT", "openingInteractionId": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
             "openedAt": "2026-11-23T09:30:00Z", "resolvedAt": null, "reopenCount": 0, "resolutionCount": 0,
             "createdAt": "2026-11-23T09:41:07Z", "updatedAt": "2026-11-23T09:41:07Z"}""";

    @Inject
    CaseQueries cases;

    @GET
    @Operation(summary = "List cases", description = "Open cases by default, oldest first (by when the opening contact happened).")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "open cases",
                    value = "{\"items\": [" + CASE_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1}")))
    public Page<CaseView> list(@PathParam("teamId") String teamId, @Valid @BeanParam CaseQuery query,
            @Valid @BeanParam PageParams page) {
        return cases.list(teamId, query, page);
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "Read a case with its interactions", description = "Interactions in case order: occurredAt, then logging order.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "case",
                    value = "{\"caseInfo\": " + CASE_EXAMPLE + ", \"interactions\": []}")))
    @APIResponse(responseCode = "404", description = "No such case in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public CaseDetail get(@PathParam("teamId") String teamId, @PathParam("caseId") UUID caseId) {
        return cases.get(teamId, caseId);
    }
}
