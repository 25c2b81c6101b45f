package org.dutyboard.followup;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.incident.IncidentView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Follow-up tasks over GraphQL. Thin. */
@GraphQLApi
@GraphQlBoundary
public class FollowUpGraphQlApi {
  @Inject FollowUpQueries queries;
  @Inject FollowUpService followUps;

  @Query("followUps")
  @Description(
      "Follow-ups of incidents the caller may see, oldest first; filter for overdue or unowned"
          + " ones. Needs VIEWER.")
  public @NonNull FollowUpConnection followUps(
      @Description("Which ones.") FollowUpFilter filter,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return FollowUpConnection.of(queries.list(filter, SliceRequest.of(first, after)));
  }

  @Description("How many of its follow-ups are OPEN or IN_PROGRESS.")
  public List<Integer> openFollowUpCount(@Source List<IncidentView> incidents) {
    Map<UUID, Long> counts = queries.openCounts(incidents.stream().map(IncidentView::id).toList());
    return incidents.stream().map(i -> counts.getOrDefault(i.id(), 0L).intValue()).toList();
  }

  @Mutation("createFollowUp")
  @Description("Adds a follow-up task to an incident. Needs RESPONDER.")
  public @NonNull FollowUpView createFollowUp(
      @Description("The incident.") @NonNull @Id String incidentId,
      @Description("What to create.") @NonNull FollowUpInput input) {
    return followUps.create(Ids.parse(incidentId, "incidentId"), input);
  }

  @Mutation("updateFollowUp")
  @Description("Replaces a follow-up's content. Needs RESPONDER.")
  public @NonNull FollowUpView updateFollowUp(
      @Description("The follow-up.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull FollowUpInput input,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return followUps.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("transitionFollowUp")
  @Description(
      "Moves a follow-up to another status; WONT_DO needs a reason. Invalid moves fail with"
          + " CONFLICT. Needs RESPONDER.")
  public @NonNull FollowUpView transitionFollowUp(
      @Description("The follow-up.") @NonNull @Id String id,
      @Description("The new status.") @NonNull FollowUpStatus status,
      @Description("Why (required for WONT_DO), 1-2,000 characters.") String reason,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return followUps.transition(Ids.parse(id, "id"), status, reason, expectedVersion);
  }
}
