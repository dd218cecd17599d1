package rapport.customer.privacy;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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
import rapport.customer.common.ApiExamples;

@Path("/api/teams/{teamId}/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Subject access and right to erasure (UK GDPR)")
@RunOnVirtualThread
public class PersonalDataResource {

    private static final String ERASURE = """
            {"customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "erasedBy": "alice",
             "erasedAt": "2026-11-23T10:00:00Z", "eventId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
             "erased": {"customerDetails": 1, "contactSummaries": 4, "voidReasons": 1, "followUpPromises": 1}}""";
    private static final String EXPORT = """
            {"exportedAt": "2026-11-23T10:00:00Z", "customer": {"id": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
             "displayName": "Ada Lovelace", "status": "ACTIVE"}, "interactions": [], "cases": [],
             "complaintSteps": [], "followUps": [], "erasures": [],
             "heldElsewhere": [{"service": "feedback-service", "holds": "a directory entry kept from …",
              "export": "http://127.0.0.1:8082/api/teams/demo/customers/3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b/export",
              "erasure": "http://127.0.0.1:8082/api/teams/demo/customers/3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b/erasure"
             }]}""";

    @Inject
    PersonalDataService personalData;

    @GET
    @Path("/export")
    @Operation(summary = "Export everything held about a customer", description = "Subject access request: the "
            + "customer, every contact (voided ones too), cases, complaint steps, follow-ups and erasure records, "
            + "and under heldElsewhere the other services that hold data about the customer with links to their "
            + "own exports (customer-service never calls them: fetch each link with the same token).")
    @APIResponse(responseCode = "200", description = "The export, as a JSON attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "export", value = EXPORT)))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public Response export(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return Response.ok(personalData.export(teamId, customerId))
                .header("Content-Disposition", "attachment; filename=\"customer-" + customerId + ".json\"").build();
    }

    @GET
    @Path("/erasure")
    @Operation(summary = "The record of a customer's erasure", description = "Who erased the customer's personal "
            + "data and when, the id of the rapport.customer.erased.v1 event that told the other services, and how "
            + "many of each kind of data were erased; nothing of the erased data.")
    @APIResponse(responseCode = "200", description = "The erasure record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "erasure", value = ERASURE)))
    @APIResponse(responseCode = "404", description = "No such customer in this team, or the customer was not erased",
            content = @Content(mediaType = ApiExamples.PROBLEM,
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public ErasureReceipt erasure(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return personalData.erasure(teamId, customerId);
    }

    @DELETE
    @Path("/personal-data")
    @Operation(summary = "Erase a customer's personal data", description = "Name, e-mail, phone, notes and every free "
            + "text about the customer are replaced by \"[erased]\"; the anonymous contact facts stay for the KPIs. "
            + "Audited (who, when, the event, how many of each kind of data) and published as "
            + "rapport.customer.erased.v1 so every service erases too.")
    @APIResponse(responseCode = "200", description = "Erased; the audit entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "erased", value = ERASURE)))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already erased",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "already erased", value = ApiExamples.ALREADY_ERASED)))
    public ErasureReceipt erase(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return personalData.erase(teamId, customerId);
    }
}
