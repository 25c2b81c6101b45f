package org.dutyboard.incident;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.eclipse.microprofile.graphql.Source;

/** Incidents over GraphQL: reading, declaring, details and visibility. Thin. */
@GraphQLApi
@GraphQlBoundary
public class IncidentGraphQlApi {
  static final int MAX_LATEST = 20;

  @Inject IncidentQueries queries;
  @Inject IncidentService incidents;
  @Inject TimelineService timeline;
  @Inject StatusUpdateService statusUpdates;

  @Query("incidents")
  @Description(
      "Incidents the caller may see, newest declaration first; private ones only for their"
          + " participants and SECURITY/ADMIN. Needs VIEWER.")
  public @NonNull IncidentConnection incidents(
      @Description("Only incidents in these states, e.g. the active ones.")
          List<@NonNull IncidentStatus> statuses,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return IncidentConnection.of(queries.incidents(SliceRequest.of(first, after), statuses));
  }

  @Query("incident")
  @Description("One incident by id; NOT_FOUND also when the caller may not see it. Needs VIEWER.")
  public IncidentView incident(@NonNull @Id String id) {
    return queries
        .incident(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Incident", id));
  }

  @Query("incidentTimeline")
  @Description(
      "A page of an incident's timeline, newest or oldest first by `occurredAt`. Needs VIEWER.")
  public @NonNull TimelineConnection incidentTimeline(
      @NonNull @Id String incidentId,
      @Description("NEWEST_FIRST (default) or OLDEST_FIRST.") TimelineOrder order,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return TimelineConnection.of(
        timeline.page(Ids.parse(incidentId, "incidentId"), SliceRequest.of(first, after), order));
  }

  @Query("incidentMetrics")
  @Description(
      "Response-time metrics over the incidents declared in [from, to) the caller may see (at"
          + " most 366 days). Needs VIEWER.")
  public @NonNull IncidentMetricsView incidentMetrics(
      @NonNull @Description("Start (inclusive).") Instant from,
      @NonNull @Description("End (exclusive).") Instant to) {
    return queries.metrics(from, to);
  }

  @Description("The newest timeline entries (default 5, at most 20), newest first.")
  public List<@NonNull List<@NonNull TimelineEntryView>> latestTimeline(
      @Source List<IncidentView> incidents,
      @Description("How many, 1-20.") @DefaultValue("5") Integer count) {
    if (count == null || count < 1 || count > MAX_LATEST) {
      throw DutyboardException.validation("count", "count must be between 1 and " + MAX_LATEST);
    }
    Map<UUID, List<TimelineEntryView>> latest = timeline.latest(ids(incidents), count);
    return incidents.stream().map(i -> latest.getOrDefault(i.id(), List.of())).toList();
  }

  @Description("Its public status updates, oldest first.")
  public List<@NonNull List<@NonNull StatusUpdateView>> statusUpdates(
      @Source List<IncidentView> incidents) {
    Map<UUID, List<StatusUpdateView>> updates = statusUpdates.forIncidents(ids(incidents));
    return incidents.stream().map(i -> updates.getOrDefault(i.id(), List.of())).toList();
  }

  @Mutation("declareIncident")
  @Description(
      "Declares an incident. Needs RESPONDER and a caller who is a person: incidents are declared"
          + " by humans, never by an alert alone.")
  public @NonNull IncidentView declareIncident(@NonNull DeclareIncidentInput input) {
    return incidents.declare(input);
  }

  @Mutation("updateIncident")
  @Description("Changes an incident's details; recorded on the timeline. Needs RESPONDER.")
  public @NonNull IncidentView updateIncident(
      @NonNull @Id String id,
      @NonNull UpdateIncidentInput input,
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
      @NonNull @Id String id,
      @NonNull Visibility visibility,
      @NonNull @Description("Why, 1-2,000 characters.") String reason,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return incidents.setVisibility(Ids.parse(id, "id"), visibility, reason, expectedVersion);
  }

  static List<UUID> ids(List<IncidentView> incidents) {
    return incidents.stream().map(IncidentView::id).toList();
  }
}
