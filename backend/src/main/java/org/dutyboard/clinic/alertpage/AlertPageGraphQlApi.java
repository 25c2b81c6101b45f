package org.dutyboard.clinic.alertpage;

import jakarta.inject.Inject;
import java.time.Instant;
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

/** Alert pages (alerts that paged someone) over GraphQL. Thin. */
@GraphQLApi
@GraphQlBoundary
public class AlertPageGraphQlApi {
  @Inject AlertPageQueries queries;
  @Inject AlertPageService pages;

  @Query("alertPages")
  @Description("Alert pages, newest first. Needs VIEWER.")
  public @NonNull AlertPageConnection alertPages(
      @Id @Description("Only alert pages attributed to this team's rotations.") String teamId,
      @Description("Only alert pages that started at or after this instant.") Instant from,
      @Description("Only alert pages that started before this instant.") Instant to,
      @Description("Only alert pages with this status.") AlertPageStatus status,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return AlertPageConnection.of(
        queries.alertPages(
            Ids.parse(teamId, "teamId"), from, to, status, SliceRequest.of(first, after)));
  }

  @Query("alertPage")
  @Description("One alert page by id. Needs VIEWER.")
  public AlertPageView alertPage(@Description("The alert page.") @NonNull @Id String id) {
    return queries
        .alertPage(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Page", id));
  }

  @Mutation("linkAlertPageToIncident")
  @Description(
      "Links an alert page to an incident, or unlinks it when `incidentId` is null. RESPONDER; a link"
          + " to an incident you may not see can only be changed by someone who sees it.")
  public @NonNull AlertPageView linkAlertPageToIncident(
      @Description("The alert page.") @NonNull @Id String id,
      @Id @Description("The incident; null to unlink.") String incidentId,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return pages.linkToIncident(
        Ids.parse(id, "id"), Ids.parse(incidentId, "incidentId"), expectedVersion);
  }
}
