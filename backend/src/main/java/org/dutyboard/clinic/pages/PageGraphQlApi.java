package org.dutyboard.clinic.pages;

import jakarta.inject.Inject;
import java.time.Instant;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.page.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Pages (alerts that paged someone) over GraphQL. Thin: parse, call one service method, map. */
@GraphQLApi
@GraphQlBoundary
public class PageGraphQlApi {
  @Inject PageService pages;

  @Query("pages")
  @Description("Pages, newest first. Needs VIEWER.")
  public @NonNull PageConnection pages(
      @Id @Description("Only pages attributed to this team's rotations.") String teamId,
      @Description("Only pages that started at or after this instant.") Instant from,
      @Description("Only pages that started before this instant.") Instant to,
      @Description("Only pages with this status.") AlertStatus status,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return PageConnection.of(
        pages.pages(Ids.parse(teamId, "teamId"), from, to, status, PageRequest.of(first, after)));
  }

  @Query("page")
  @Description("One page by id. Needs VIEWER.")
  public PageView page(@NonNull @Id String id) {
    return pages
        .page(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Page", id));
  }

  @Mutation("linkPageToIncident")
  @Description(
      "Links a page to an incident, or unlinks it when `incidentId` is null. RESPONDER; a link"
          + " to an incident you may not see can only be changed by someone who sees it.")
  public @NonNull PageView linkPageToIncident(
      @NonNull @Id String id,
      @Id @Description("The incident; null to unlink.") String incidentId,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return pages.linkToIncident(
        Ids.parse(id, "id"), Ids.parse(incidentId, "incidentId"), expectedVersion);
  }
}
