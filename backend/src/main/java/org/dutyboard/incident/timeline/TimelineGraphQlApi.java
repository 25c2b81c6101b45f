package org.dutyboard.incident.timeline;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.incident.IncidentGraphQlApi;
import org.dutyboard.incident.IncidentView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * An incident's timeline over GraphQL: pages, the latest entries of many incidents, appends. Thin.
 */
@GraphQLApi
@GraphQlBoundary
public class TimelineGraphQlApi {
  static final int MAX_LATEST = 20;

  @Inject TimelineQueries queries;
  @Inject TimelineService timeline;

  @Query("incidentTimeline")
  @Description(
      "A page of an incident's timeline, newest or oldest first by `occurredAt`. Needs VIEWER.")
  public @NonNull TimelineEntryConnection incidentTimeline(
      @NonNull @Id @Description("The incident.") String incidentId,
      @Description("NEWEST_FIRST (default) or OLDEST_FIRST.") TimelineOrder order,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return TimelineEntryConnection.of(
        queries.page(Ids.parse(incidentId, "incidentId"), SliceRequest.of(first, after), order));
  }

  @Description("The newest timeline entries (default 5, at most 20), newest first.")
  public List<@NonNull List<@NonNull TimelineEntryView>> latestTimeline(
      @Source List<IncidentView> incidents,
      @Description("How many, 1-20.") @DefaultValue("5") Integer count) {
    if (count == null || count < 1 || count > MAX_LATEST) {
      throw DutyboardException.validation("count", "count must be between 1 and " + MAX_LATEST);
    }
    Map<UUID, List<TimelineEntryView>> latest =
        queries.latest(IncidentGraphQlApi.ids(incidents), count);
    return incidents.stream().map(i -> latest.getOrDefault(i.id(), List.of())).toList();
  }

  @Mutation("appendTimelineEntry")
  @Description(
      "Adds an entry to an incident's timeline (like a `!log` line). Never conflicts with other"
          + " writers. Needs RESPONDER.")
  public @NonNull TimelineEntryView appendTimelineEntry(
      @NonNull @Id @Description("The incident.") String incidentId,
      @NonNull @Description("The entry.") TimelineEntryInput input) {
    return timeline.append(Ids.parse(incidentId, "incidentId"), input);
  }
}
