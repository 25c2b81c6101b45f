package org.dutyboard.incident.postmortem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentView;
import org.dutyboard.incident.TeamInvolvement;
import org.dutyboard.incident.Visibility;

/** Reading postmortems and whether incidents need one. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PostmortemQueries {
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject PostmortemViews postmortemViews;

  /** JPQL condition on an incident {@code i}, parameter {@code :public}: it is or was public. */
  private static final String IS_PUBLIC = "(i.visibility = :public or i.madePublicAt is not null)";

  /**
   * JPQL expression on an incident {@code i}, parameter {@code :public}: its public status updates
   * as {@link PostmortemRequirement} counts them (the same count as {@link #requirements}), for
   * reads that select an incident's columns rather than the entity.
   */
  public static final String PUBLIC_STATUS_UPDATES =
      "(case when "
          + IS_PUBLIC
          + " then (select count(u) from StatusUpdate u where u.incidentId = i.id) else 0L end)";

  public Optional<PostmortemView> report(UUID incidentId) {
    access.requireVisible(incidentId, "incidentId");
    return Postmortem.forIncident(incidentId).map(r -> postmortemViews.of(List.of(r)).get(0));
  }

  public Map<UUID, PostmortemView> forIncidents(List<UUID> incidentIds) {
    Map<UUID, PostmortemView> result = new HashMap<>();
    if (!incidentIds.isEmpty()) {
      postmortemViews
          .of(
              em.createQuery("from Postmortem where any_of(:ids, incidentId)", Postmortem.class)
                  .setParameter("ids", AnyOf.ids(incidentIds))
                  .getResultList())
          .forEach(v -> result.put(v.incidentId(), v));
    }
    return result;
  }

  public Map<UUID, PostmortemRequirementView> requirements(List<IncidentView> incidents) {
    return evaluate(
        incidents.stream()
            .map(
                i ->
                    new RequirementFacts(
                        i.id(),
                        i.teamInvolvement(),
                        i.rollbackOrHotfix(),
                        i.rollbackDuringTestingPhase(),
                        i.postmortemWaiverReason() != null))
            .toList());
  }

  /** What the rule needs to know of one incident. */
  private record RequirementFacts(
      UUID id,
      TeamInvolvement involvement,
      boolean rollbackOrHotfix,
      boolean rollbackDuringTestingPhase,
      boolean waived) {}

  private Map<UUID, PostmortemRequirementView> evaluate(List<RequirementFacts> incidents) {
    Map<UUID, Long> publicUpdates = new HashMap<>();
    if (!incidents.isEmpty()) {
      em.createQuery(
              "select u.incidentId, count(u) from StatusUpdate u, Incident i"
                  + " where i.id = u.incidentId and any_of(:ids, u.incidentId)"
                  + " and "
                  + IS_PUBLIC
                  + " group by u.incidentId",
              Object[].class)
          .setParameter("ids", AnyOf.ids(incidents.stream().map(RequirementFacts::id).toList()))
          .setParameter("public", Visibility.PUBLIC)
          .getResultList()
          .forEach(row -> publicUpdates.put((UUID) row[0], (Long) row[1]));
    }
    Map<UUID, PostmortemRequirementView> result = new HashMap<>();
    for (RequirementFacts i : incidents) {
      PostmortemRequirement.Verdict verdict =
          PostmortemRequirement.evaluate(
              i.involvement(),
              i.rollbackOrHotfix(),
              i.rollbackDuringTestingPhase(),
              publicUpdates.getOrDefault(i.id(), 0L));
      result.put(
          i.id(), new PostmortemRequirementView(verdict.required(), verdict.reasons(), i.waived()));
    }
    return result;
  }
}
