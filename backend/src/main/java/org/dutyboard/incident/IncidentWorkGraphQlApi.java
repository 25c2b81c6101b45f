package org.dutyboard.incident;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
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

/** Working an incident over GraphQL: status, roles, timeline, public updates. Thin. */
@GraphQLApi
@GraphQlBoundary
public class IncidentWorkGraphQlApi {
  @Inject IncidentStatusService status;
  @Inject IncidentRoleService roles;
  @Inject TimelineService timeline;
  @Inject StatusUpdateService statusUpdates;

  @Mutation("transitionIncident")
  @Description(
      "Moves an incident to another state (see IncidentStatus). CLOSED only by its current"
          + " coordinator or an admin, with a report in review unless none is required or it was"
          + " waived. Invalid transitions fail with CONFLICT. Needs RESPONDER.")
  public @NonNull IncidentView transitionIncident(
      @NonNull @Id String id,
      @NonNull IncidentStatus status,
      @Description("When it took effect; now if omitted.") Instant at,
      @Description("A note for the timeline, at most 2,000 characters.") String note,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return this.status.transition(Ids.parse(id, "id"), status, at, note, expectedVersion);
  }

  @Mutation("reopenIncident")
  @Description("Reopens a RESOLVED or CLOSED incident (back to INVESTIGATING). Needs RESPONDER.")
  public @NonNull IncidentView reopenIncident(
      @NonNull @Id String id,
      @NonNull @Description("Why, 1-2,000 characters.") String reason,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return status.reopen(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Mutation("waiveIncidentReport")
  @Description("Lets an incident close without a report, with a recorded reason. Needs ADMIN.")
  public @NonNull IncidentView waiveIncidentReport(
      @NonNull @Id String id,
      @NonNull @Description("Why, 1-2,000 characters.") String reason,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return status.waiveReport(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Mutation("assignIncidentRole")
  @Description(
      "Gives a person an incident role; for single-holder roles the current holder hands over at"
          + " the same instant. Needs RESPONDER.")
  public @NonNull IncidentView assignIncidentRole(
      @NonNull @Id String incidentId,
      @NonNull IncidentRole role,
      @NonNull @Id String personId,
      @Description("When they took it; now if omitted.") Instant at,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return roles.assign(
        Ids.parse(incidentId, "incidentId"),
        role,
        Ids.parse(personId, "personId"),
        at,
        expectedVersion);
  }

  @Mutation("releaseIncidentRole")
  @Description("Ends a person's hold on an incident role. Needs RESPONDER.")
  public @NonNull IncidentView releaseIncidentRole(
      @NonNull @Id String incidentId,
      @NonNull IncidentRole role,
      @NonNull @Id String personId,
      @Description("When they handed it over; now if omitted.") Instant at,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return roles.release(
        Ids.parse(incidentId, "incidentId"),
        role,
        Ids.parse(personId, "personId"),
        at,
        expectedVersion);
  }

  @Query("incidentRoleHolders")
  @Description("Who held which role at `at` (now if omitted), e.g. who was IC at 14:05.")
  public @NonNull List<@NonNull RoleHolderView> incidentRoleHolders(
      @NonNull @Id String incidentId, Instant at) {
    return roles.holdersAt(Ids.parse(incidentId, "incidentId"), at);
  }

  @Mutation("appendTimelineEntry")
  @Description(
      "Adds an entry to an incident's timeline (like a `!log` line). Never conflicts with other"
          + " writers. Needs RESPONDER.")
  public @NonNull TimelineEntryView appendTimelineEntry(
      @NonNull @Id String incidentId, @NonNull TimelineEntryInput input) {
    return timeline.append(Ids.parse(incidentId, "incidentId"), input);
  }

  @Mutation("postStatusUpdate")
  @Description(
      "Posts a public status update. It is public while the incident is PUBLIC; a PRIVATE"
          + " incident's updates wait until it is made public. Needs RESPONDER.")
  public @NonNull StatusUpdateView postStatusUpdate(
      @NonNull @Id String incidentId, @NonNull StatusUpdateInput input) {
    return statusUpdates.post(Ids.parse(incidentId, "incidentId"), input);
  }

  @Query("publicStatusUpdates")
  @Description(
      "Status updates of PUBLIC incidents, newest first: what the public status page shows."
          + " Public: needs no token.")
  public @NonNull PublicStatusUpdateConnection publicStatusUpdates(
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return PublicStatusUpdateConnection.of(
        statusUpdates.publicUpdates(SliceRequest.of(first, after)));
  }
}
