package org.dutyboard.incident.role;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.incident.IncidentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Incident roles over GraphQL: assigning, handing over, who held which role when. Thin. */
@GraphQLApi
@GraphQlBoundary
public class IncidentRoleGraphQlApi {
  @Inject IncidentRoleService roles;
  @Inject IncidentRoleQueries queries;

  @Mutation("assignIncidentRole")
  @Description(
      "Gives a person an incident role; for single-holder roles the current holder hands over at"
          + " the same instant. Needs RESPONDER.")
  public @NonNull IncidentView assignIncidentRole(
      @NonNull @Id @Description("The incident.") String incidentId,
      @NonNull @Description("The role, the person and when.") IncidentRoleInput input,
      @Description("The incident version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return roles.assign(
        Ids.parse(incidentId, "incidentId"),
        input.role(),
        Ids.parse(input.personId(), "input.personId"),
        input.at(),
        expectedVersion);
  }

  @Mutation("releaseIncidentRole")
  @Description("Ends a person's hold on an incident role. Needs RESPONDER.")
  public @NonNull IncidentView releaseIncidentRole(
      @NonNull @Id @Description("The incident.") String incidentId,
      @NonNull @Description("The role, the person and when.") IncidentRoleInput input,
      @Description("The incident version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return roles.release(
        Ids.parse(incidentId, "incidentId"),
        input.role(),
        Ids.parse(input.personId(), "input.personId"),
        input.at(),
        expectedVersion);
  }

  @Query("incidentRoleHolders")
  @Description("Who held which role at `at` (now if omitted), e.g. who was IC at 14:05.")
  public @NonNull List<@NonNull IncidentRoleHolderView> incidentRoleHolders(
      @NonNull @Id @Description("The incident.") String incidentId,
      @Description("The instant; now if omitted.") Instant at) {
    return queries.holdersAt(Ids.parse(incidentId, "incidentId"), at);
  }
}
