package org.dutyboard.incident;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Incidents over GraphQL: reading, declaring, details, visibility and status. Thin. */
@GraphQLApi
@GraphQlBoundary
public class IncidentGraphQlApi {
  @Inject IncidentQueries queries;
  @Inject IncidentService incidents;
  @Inject IncidentStatusService status;

  @Query("incidents")
  @Description(
      "Incidents the caller may see, newest declaration first; private ones only for their"
          + " participants and SECURITY/ADMIN. Needs VIEWER.")
  public @NonNull IncidentConnection incidents(
      @Description("Only incidents in these states, e.g. the active ones; null or omitted: all.")
          List<@NonNull IncidentStatus> statuses,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return IncidentConnection.of(queries.incidents(SliceRequest.of(first, after), statuses));
  }

  @Query("incident")
  @Description("One incident by id; NOT_FOUND also when the caller may not see it. Needs VIEWER.")
  public IncidentView incident(@NonNull @Id @Description("The incident.") String id) {
    return queries
        .incident(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Incident", id));
  }

  @Mutation("declareIncident")
  @Description(
      "Declares an incident. Needs RESPONDER and a caller who is a person: incidents are declared"
          + " by humans, never by an alert alone.")
  public @NonNull IncidentView declareIncident(
      @NonNull @Description("What is known.") DeclareIncidentInput input) {
    return incidents.declare(input);
  }

  @Mutation("updateIncident")
  @Description("Changes an incident's details; recorded on the timeline. Needs RESPONDER.")
  public @NonNull IncidentView updateIncident(
      @NonNull @Id @Description("The incident.") String id,
      @NonNull @Description("The changes.") UpdateIncidentInput input,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return incidents.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("setIncidentVisibility")
  @Description(
      "Makes an incident PUBLIC or PRIVATE, with a reason; recorded. Only its coordinator or a"
          + " SECURITY/ADMIN caller. Making it public publishes its status updates, never its"
          + " timeline.")
  public @NonNull IncidentView setIncidentVisibility(
      @NonNull @Id @Description("The incident.") String id,
      @NonNull @Description("The new visibility.") Visibility visibility,
      @NonNull @Description("Why, 1-2,000 characters.") String reason,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return incidents.setVisibility(Ids.parse(id, "id"), visibility, reason, expectedVersion);
  }

  @Mutation("transitionIncident")
  @Description(
      "Moves an incident to another state (see IncidentStatus). CLOSED only by its current"
          + " coordinator or an admin, with a report in review unless none is required or it was"
          + " waived. Invalid transitions fail with CONFLICT. Needs RESPONDER.")
  public @NonNull IncidentView transitionIncident(
      @NonNull @Id @Description("The incident.") String id,
      @NonNull @Description("The state to move to, when, and a note.")
          TransitionIncidentInput input,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return status.transition(
        Ids.parse(id, "id"), input.status(), input.at(), input.note(), expectedVersion);
  }

  @Mutation("reopenIncident")
  @Description("Reopens a RESOLVED or CLOSED incident (back to INVESTIGATING). Needs RESPONDER.")
  public @NonNull IncidentView reopenIncident(
      @NonNull @Id @Description("The incident.") String id,
      @NonNull @Description("Why, 1-2,000 characters.") String reason,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return status.reopen(Ids.parse(id, "id"), reason, expectedVersion);
  }

  /** The ids of a batch of incidents, for batch resolvers. */
  public static List<UUID> ids(List<IncidentView> incidents) {
    return incidents.stream().map(IncidentView::id).toList();
  }
}
