package org.dutyboard.incident.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import java.util.UUID;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.timeline.TimelineEntryView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Live dashboards over graphql-ws / graphql-transport-ws (authenticate with the bearer token on the
 * upgrade request). Subscriptions start on the IO thread, so the caller's scope is resolved from
 * the deferred identity on a worker thread; every event is then filtered with that scope and the
 * incident's visibility and participants at the time of the event.
 */
@GraphQLApi
public class IncidentEventGraphQlApi {
  @Inject CurrentIdentityAssociation identity;
  @Inject IncidentAccess access;
  @Inject IncidentEvents events;

  @Subscription("incidentChanged")
  @Description("Every change to an incident the caller may see. Needs VIEWER.")
  public Multi<IncidentEventView> incidentChanged() {
    return scope(null)
        .onItem()
        .transformToMultiAndConcatenate(
            scope ->
                events.stream()
                    .filter(p -> scope.mayEverSee(p.visibility(), p.participants()))
                    .map(IncidentEvents.Published::event));
  }

  @Subscription("timelineEntryAdded")
  @Description("New timeline entries of one incident the caller may see. Needs VIEWER.")
  public Multi<TimelineEntryView> timelineEntryAdded(
      @Description("The incident.") @NonNull @Id String incidentId) {
    UUID id = Ids.parse(incidentId, "incidentId");
    return scope(id)
        .onItem()
        .transformToMultiAndConcatenate(
            scope ->
                events.stream()
                    .filter(p -> p.entry() != null && p.entry().incidentId().equals(id))
                    .filter(p -> scope.mayEverSee(p.visibility(), p.participants()))
                    .map(IncidentEvents.Published::entry));
  }

  /** The subscriber's scope; with an incident id, also checks the incident is visible now. */
  private Multi<IncidentAccess.Scope> scope(UUID incidentId) {
    return Multi.createFrom()
        .uni(identity.getDeferredIdentity())
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(
            who ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          IncidentAccess.Scope scope = access.scopeOf(who);
                          if (incidentId != null) {
                            access.requireVisible(incidentId, "incidentId", scope);
                          }
                          return scope;
                        }));
  }
}
