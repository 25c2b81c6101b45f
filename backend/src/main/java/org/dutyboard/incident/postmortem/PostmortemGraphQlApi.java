package org.dutyboard.incident.postmortem;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.incident.IncidentGraphQlApi;
import org.dutyboard.incident.IncidentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Postmortems (incident reports) over GraphQL: reading, writing, review, waiving. Thin. */
@GraphQLApi
@GraphQlBoundary
public class PostmortemGraphQlApi {
  @Inject PostmortemService postmortems;
  @Inject PostmortemQueries queries;

  @Description("Its postmortem (incident report); null until someone starts one.")
  public List<PostmortemView> postmortem(@Source List<IncidentView> incidents) {
    Map<UUID, PostmortemView> byIncident = queries.forIncidents(IncidentGraphQlApi.ids(incidents));
    return incidents.stream().map(i -> byIncident.get(i.id())).toList();
  }

  @Description("Whether it needs a postmortem before closing, and why.")
  public List<@NonNull PostmortemRequirementView> postmortemRequirement(
      @Source List<IncidentView> incidents) {
    Map<UUID, PostmortemRequirementView> byIncident = queries.requirements(incidents);
    return incidents.stream().map(i -> byIncident.get(i.id())).toList();
  }

  @Mutation("savePostmortem")
  @Description(
      "Creates (as DRAFT) or replaces the content of an incident's postmortem (incident report)."
          + " PUBLISHED postmortems are final. Needs RESPONDER.")
  public @NonNull PostmortemView savePostmortem(
      @NonNull @Id @Description("The incident whose postmortem this is.") String incidentId,
      @NonNull @Description("The whole content; omitted sections are cleared.")
          PostmortemInput input,
      @Description(
              "The postmortem version you edited; CONFLICT if it changed since. Ignored when"
                  + " the postmortem does not exist yet.")
          Integer expectedVersion) {
    return postmortems.save(Ids.parse(incidentId, "incidentId"), input, expectedVersion);
  }

  @Mutation("changePostmortemState")
  @Description(
      "DRAFT -> IN_REVIEW (needs summary, impact, root causes), IN_REVIEW -> DRAFT or PUBLISHED."
          + " Needs RESPONDER.")
  public @NonNull PostmortemView changePostmortemState(
      @NonNull @Id @Description("The incident whose postmortem this is.") String incidentId,
      @NonNull @Description("The state to move to.") PostmortemState state,
      @Description("The postmortem version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return postmortems.changeState(Ids.parse(incidentId, "incidentId"), state, expectedVersion);
  }

  @Mutation("waivePostmortem")
  @Description("Lets an incident close without a postmortem, with a recorded reason. Needs ADMIN.")
  public @NonNull IncidentView waivePostmortem(
      @NonNull @Id @Description("The incident whose postmortem is waived.") String incidentId,
      @NonNull @Description("Why, 1-2,000 characters.") String reason,
      @Description("The incident version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return postmortems.waive(Ids.parse(incidentId, "incidentId"), reason, expectedVersion);
  }
}
