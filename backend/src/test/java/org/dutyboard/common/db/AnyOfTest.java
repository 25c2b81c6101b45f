package org.dutyboard.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dutyboard.component.Component;
import org.dutyboard.component.ComponentStatus;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code any_of(:values, path)} selects what {@code path in :values} does, and keeps its plan. */
@QuarkusTest
class AnyOfTest {
  @Inject EntityManager em;

  private UUID operational;
  private UUID degraded;
  private UUID outage;

  @BeforeEach
  void components() {
    operational = component(ComponentStatus.OPERATIONAL);
    degraded = component(ComponentStatus.DEGRADED_PERFORMANCE);
    outage = component(ComponentStatus.MAJOR_OUTAGE);
  }

  @Test
  void selectsTheRowsWhoseIdIsInTheArray() {
    assertThat(idsAmong(List.of(operational, outage)))
        .containsExactlyInAnyOrder(operational, outage);
    assertThat(idsAmong(List.of(UUID.randomUUID()))).isEmpty();
    assertThat(idsAmong(List.of())).isEmpty();
  }

  @Test
  void matchesEnumColumnsByName() {
    List<UUID> mine = List.of(operational, degraded, outage);
    List<UUID> found =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "select c.id from Component c where any_of(:ids, c.id)"
                                + " and any_of(:statuses, c.overrideStatus)",
                            UUID.class)
                        .setParameter("ids", AnyOf.ids(mine))
                        .setParameter(
                            "statuses",
                            AnyOf.names(
                                List.of(
                                    ComponentStatus.DEGRADED_PERFORMANCE,
                                    ComponentStatus.MAJOR_OUTAGE)))
                        .getResultList());
    assertThat(found).containsExactlyInAnyOrder(degraded, outage);
  }

  /**
   * The point of the function: an {@code in :list} query is translated again on every execution,
   * one with {@code any_of} once, whatever the number of values.
   */
  @Test
  void keepsThePlanWhereAnInListDoesNot() {
    String anyOf = "select c.id from Component c where any_of(:ids, c.id) and c.displayOrder >= 0";
    String inList = "select c.id from Component c where c.id in :ids and c.displayOrder >= 1";
    int before = cachedPlans();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (List<UUID> ids : List.of(List.of(operational), List.of(degraded, outage))) {
                em.createQuery(inList, UUID.class).setParameter("ids", ids).getResultList();
              }
            });
    assertThat(cachedPlans()).as("plans kept for an in-list query").isEqualTo(before);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (List<UUID> ids : List.of(List.of(operational), List.of(degraded, outage))) {
                em.createQuery(anyOf, UUID.class)
                    .setParameter("ids", AnyOf.ids(ids))
                    .getResultList();
              }
            });
    assertThat(cachedPlans()).as("plans kept for the any_of query").isEqualTo(before + 1);
  }

  /**
   * The same rule reaches parameters inside a function's last argument, such as an aggregate's: a
   * condition with parameters goes in a filter clause instead.
   */
  @Test
  void aggregatesKeepThePlanWithTheirConditionsInAFilterClause() {
    String inArgument =
        "select sum(case when c.displayOrder >= :min then 1 else 0 end) from Component c"
            + " where any_of(:ids, c.id)";
    String inFilter =
        "select count(c) filter (where c.displayOrder >= :min) from Component c"
            + " where any_of(:ids, c.id)";
    int before = cachedPlans();
    long counted =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  em.createQuery(inArgument, Long.class)
                      .setParameter("min", 0)
                      .setParameter("ids", AnyOf.ids(List.of(operational, degraded)))
                      .getSingleResult();
                  return em.createQuery(inFilter, Long.class)
                      .setParameter("min", 0)
                      .setParameter("ids", AnyOf.ids(List.of(operational, degraded)))
                      .getSingleResult();
                });
    assertThat(counted).isEqualTo(2);
    assertThat(cachedPlans()).as("plans kept: only the filter clause's").isEqualTo(before + 1);
  }

  private List<UUID> idsAmong(List<UUID> ids) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery("select c.id from Component c where any_of(:ids, c.id)", UUID.class)
                    .setParameter("ids", AnyOf.ids(ids))
                    .getResultList());
  }

  private int cachedPlans() {
    return em.getEntityManagerFactory()
        .unwrap(SessionFactoryImplementor.class)
        .getQueryEngine()
        .getInterpretationCache()
        .getNumberOfCachedQueryPlans();
  }

  private UUID component(ComponentStatus override) {
    Component c = new Component();
    c.id = UUID.randomUUID();
    c.name = "any_of " + override + " " + c.id;
    c.displayOrder = 0;
    c.overrideStatus = override;
    c.createdAt = Instant.now();
    c.updatedAt = c.createdAt;
    QuarkusTransaction.requiringNew().run(() -> em.persist(c));
    return c.id;
  }
}
