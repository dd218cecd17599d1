package rapport.kpi.privacy;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/teams/{teamId}/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Subject access and the record of erasures (UK GDPR)")
@RunOnVirtualThread
public class PersonalDataResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_FOUND = """
            {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "customer 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b does not exist in this team"}""";
    private static final String EXPORT = """
            {"exportedAt": "2026-11-23T10:00:00Z", "customer": {"customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
             "kind": "EXTERNAL", "valueSegment": "HIGH"}, "erasedAt": null,
             "rows": {"interactions": 4, "cases": 3, "responses": 1, "names": 1},
             "responses": [{"responseId": "8c7b6a59-4e3d-4c2b-9a1f-0e9d8c7b6a59", "csat": 4,
               "comment": "Very helpful"}],
             "erasures": []}""";
    private static final String ERASURE = """
            {"customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "erasedBy": "alice",
             "erasedAt": "2026-11-23T10:00:00Z", "eventId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
             "appliedAt": "2026-11-23T10:00:01Z", "erased": {"comments": 1, "names": 1}}""";

    @Inject
    SubjectAccess subjectAccess;

    @GET
    @Path("/export")
    @Operation(summary = "Export what kpi-service holds about a customer", description = "Subject access request: "
            + "the customer's kind and value segment, how many rows of each kind of fact it holds about them, the "
            + "survey responses with their comments, and the erasures applied. It never holds a name, e-mail "
            + "address or phone. customer-service's export links here.")
    @APIResponse(responseCode = "200", description = "The export, as a JSON attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "export", value = EXPORT)))
    @APIResponse(responseCode = "404", description = "The customer is not (yet) known to this team",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND)))
    public Response export(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return Response.ok(subjectAccess.export(teamId, customerId))
                .header("Content-Disposition", "attachment; filename=\"kpi-customer-" + customerId + ".json\"")
                .build();
    }

    @GET
    @Path("/erasure")
    @Operation(summary = "How kpi-service erased a customer's personal data", description = "From the "
            + "rapport.customer.erased.v1 event: who erased the customer and when, the event's id, when this service "
            + "applied it and how many of each kind of personal data it erased; nothing of the erased data.")
    @APIResponse(responseCode = "200", description = "The erasure record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "erasure", value = ERASURE)))
    @APIResponse(responseCode = "404", description = "No erasure of this customer has reached kpi-service",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", value = NOT_FOUND)))
    public ErasureRecord erasure(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return subjectAccess.erasure(teamId, customerId);
    }
}
