package rapport.kpi.settings;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/teams/{teamId}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Team settings")
@RunOnVirtualThread
public class TeamSettingsResource {

    @Inject
    TeamSettingsService settings;

    @Inject
    JsonWebToken caller;

    @GET
    @Operation(summary = "The team's KPI settings", description = "Repeat window W, complaint target, reporting time "
            + "zone, longest period and assessment criteria; the spec's defaults until the team changes them.")
    public TeamSettings get(@Parameter(example = "demo") @PathParam("teamId") String teamId) {
        return settings.settings(teamId);
    }

    @PUT
    @Operation(summary = "Change the team's KPI settings", description = "Replaces every setting. KPIs are computed "
            + "with the new settings from then on; nothing stored is recomputed.")
    public TeamSettings put(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @Valid @NotNull SettingsUpdate update) {
        return settings.update(teamId, update, caller.getName());
    }
}
