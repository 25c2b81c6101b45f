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

/** Incident reports over GraphQL. Thin. */
@GraphQLApi
@GraphQlBoundary
public class IncidentReportGraphQlApi {
  @Inject IncidentReportService reports;

  @Description("Its report; null until someone starts one.")
  public List<ReportView> report(@Source List<IncidentView> incidents) {
    Map<UUID, ReportView> byIncident = reports.forIncidents(IncidentGraphQlApi.ids(incidents));
    return incidents.stream().map(i -> byIncident.get(i.id())).toList();
  }

  @Description("Whether it needs a report before closing, and why.")
  public List<@NonNull ReportRequirementView> reportRequirement(
      @Source List<IncidentView> incidents) {
    Map<UUID, ReportRequirementView> byIncident = reports.requirements(incidents);
    return incidents.stream().map(i -> byIncident.get(i.id())).toList();
  }

  @Mutation("saveIncidentReport")
  @Description(
      "Creates (as DRAFT) or replaces an incident's report content. PUBLISHED reports are final."
          + " Needs RESPONDER.")
  public @NonNull ReportView saveIncidentReport(
      @NonNull @Id String incidentId,
      @NonNull ReportInput input,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return reports.save(Ids.parse(incidentId, "incidentId"), input, expectedVersion);
  }

  @Mutation("changeIncidentReportState")
  @Description(
      "DRAFT -> IN_REVIEW (needs summary, impact, root causes), IN_REVIEW -> DRAFT or PUBLISHED."
          + " Needs RESPONDER.")
  public @NonNull ReportView changeIncidentReportState(
      @NonNull @Id String incidentId,
      @NonNull ReportState state,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return reports.changeState(Ids.parse(incidentId, "incidentId"), state, expectedVersion);
  }
}
