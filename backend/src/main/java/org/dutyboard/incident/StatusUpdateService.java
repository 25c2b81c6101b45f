package org.dutyboard.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.Component;
import org.dutyboard.component.ComponentService;
import org.dutyboard.component.ComponentViews;

/**
 * Public status updates: written for the public by responders, public only while their incident is
 * PUBLIC. The public list is the only incident data anonymous callers get.
 */
@ApplicationScoped
@Transactional
public class StatusUpdateService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject IncidentLoader loader;
  @Inject ComponentService components;
  @Inject TimelineWriter timeline;
  @Inject IncidentEvents events;

  public StatusUpdateView post(UUID incidentId, StatusUpdateInput input) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    IncidentAccess.requireOpen(incident);
    if (input.status() == null) {
      throw DutyboardException.validation("status", "status is required");
    }
    String message = Texts.required("message", input.message(), 5000);
    List<ComponentStatusInput> stated = input.components() == null ? List.of() : input.components();
    List<UUID> ids = stated.stream().map(c -> Ids.parse(c.componentId(), "components")).toList();
    if (new HashSet<>(ids).size() != ids.size()) {
      throw DutyboardException.validation("components", "a component is listed twice");
    }
    if (stated.stream().anyMatch(c -> c.status() == null)) {
      throw DutyboardException.validation("components", "every component needs a status");
    }
    components.requireAll(ids, "components");
    StatusUpdate update = new StatusUpdate();
    update.id = UUID.randomUUID();
    update.incidentId = incidentId;
    update.status = input.status();
    update.message = message;
    update.postedAt = clock.instant();
    update.author = timeline.author();
    update.persist();
    for (int k = 0; k < stated.size(); k++) {
      StatusUpdateComponent row = new StatusUpdateComponent();
      row.id = UUID.randomUUID();
      row.statusUpdateId = update.id;
      row.componentId = ids.get(k);
      row.componentStatus = stated.get(k).status();
      row.persist();
    }
    timeline.record(
        incident,
        TimelineKind.STATUS_UPDATE,
        "Public status update (" + update.status + "): " + message,
        update.postedAt);
    em.flush();
    events.changed(incident, IncidentEventKind.STATUS_UPDATE_POSTED);
    return views(List.of(update)).get(0);
  }

  /** Status updates of incidents the caller already may see, oldest first, per incident. */
  @Transactional(TxType.SUPPORTS)
  public Map<UUID, List<StatusUpdateView>> forIncidents(List<UUID> incidentIds) {
    Map<UUID, List<StatusUpdateView>> result = new HashMap<>();
    if (incidentIds.isEmpty()) {
      return result;
    }
    List<StatusUpdate> updates =
        em.createQuery(
                "from StatusUpdate where incidentId in :ids order by postedAt, id",
                StatusUpdate.class)
            .setParameter("ids", incidentIds)
            .getResultList();
    views(updates)
        .forEach(v -> result.computeIfAbsent(v.incidentId(), k -> new ArrayList<>()).add(v));
    return result;
  }

  /** What the public status page shows: updates of PUBLIC incidents only, newest first. */
  @Transactional(TxType.SUPPORTS)
  public Slice<PublicStatusUpdateView> publicUpdates(SliceRequest page) {
    String keyset =
        page.hasCursor() ? " and (u.postedAt < :at or (u.postedAt = :at and u.id < :id))" : "";
    var query =
        em.createQuery(
                "select u, i from StatusUpdate u, Incident i where i.id = u.incidentId"
                    + " and i.visibility = :public"
                    + keyset
                    + " order by u.postedAt desc, u.id desc",
                Object[].class)
            .setParameter("public", Visibility.PUBLIC)
            .setMaxResults(page.fetchSize());
    if (page.hasCursor()) {
      query.setParameter("at", page.afterInstant()).setParameter("id", page.afterId());
    }
    List<Object[]> rows = query.getResultList();
    Slice<Object[]> cut =
        page.toSlice(
            rows, r -> ((StatusUpdate) r[0]).postedAt.toString(), r -> ((StatusUpdate) r[0]).id);
    List<StatusUpdateView> views =
        views(cut.items().stream().map(r -> (StatusUpdate) r[0]).toList());
    List<PublicStatusUpdateView> result = new ArrayList<>();
    for (int k = 0; k < views.size(); k++) {
      Incident incident = (Incident) cut.items().get(k)[1];
      StatusUpdateView v = views.get(k);
      String reference = loader.reference(incident);
      String headline = PublicHeadline.of(incident, reference);
      result.add(
          new PublicStatusUpdateView(
              v.id(), reference, headline, v.status(), v.message(), v.postedAt(), v.components()));
    }
    return new Slice<>(result, cut.pageInfo());
  }

  private List<StatusUpdateView> views(List<StatusUpdate> updates) {
    if (updates.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<ComponentStatusView>> stated = new HashMap<>();
    em.createQuery(
            "select s, c from StatusUpdateComponent s, Component c where c.id = s.componentId"
                + " and s.statusUpdateId in :ids order by c.displayOrder, c.name",
            Object[].class)
        .setParameter("ids", updates.stream().map(u -> u.id).toList())
        .getResultList()
        .forEach(
            row -> {
              StatusUpdateComponent s = (StatusUpdateComponent) row[0];
              stated
                  .computeIfAbsent(s.statusUpdateId, k -> new ArrayList<>())
                  .add(
                      new ComponentStatusView(
                          ComponentViews.of((Component) row[1]), s.componentStatus));
            });
    return updates.stream()
        .map(
            u ->
                new StatusUpdateView(
                    u.id,
                    u.incidentId,
                    u.status,
                    u.message,
                    u.postedAt,
                    u.author,
                    stated.getOrDefault(u.id, List.of())))
        .toList();
  }
}
