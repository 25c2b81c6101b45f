package org.dutyboard.incident.postmortem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentView;
import org.dutyboard.incident.TeamInvolvement;
import org.dutyboard.incident.Visibility;
import org.dutyboard.incident.event.IncidentEventKind;
import org.dutyboard.incident.event.IncidentEvents;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.incident.timeline.TimelineWriter;

/**
 * Incident reports: written by responders (also after the incident closed), reviewed, published.
 * Moving to IN_REVIEW needs a summary, the impact and the root causes. A PUBLISHED report is final.
 */
@ApplicationScoped
@Transactional
public class IncidentReportService {
  static final int MAX_SECTION = 50_000;

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject TimelineWriter timeline;
  @Inject IncidentEvents events;

  public ReportView save(UUID incidentId, ReportInput input, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    Instant now = clock.instant();
    IncidentReport report = find(incidentId).orElse(null);
    boolean isNew = report == null;
    if (isNew) {
      report = new IncidentReport();
      report.id = UUID.randomUUID();
      report.incidentId = incidentId;
      report.state = ReportState.DRAFT;
      report.createdAt = now;
    } else {
      DutyboardException.checkVersion("Report of " + incidentId, expectedVersion, report.version);
      if (report.state == ReportState.PUBLISHED) {
        throw DutyboardException.conflict("The report is PUBLISHED and final");
      }
    }
    report.summary = Texts.optional("summary", input.summary(), MAX_SECTION);
    report.impact = Texts.optional("impact", input.impact(), MAX_SECTION);
    report.timelineExcerpt =
        Texts.optional("timelineExcerpt", input.timelineExcerpt(), MAX_SECTION);
    report.rootCauses = Texts.optional("rootCauses", input.rootCauses(), MAX_SECTION);
    report.wentWell = Texts.optional("wentWell", input.wentWell(), MAX_SECTION);
    report.wentPoorly = Texts.optional("wentPoorly", input.wentPoorly(), MAX_SECTION);
    report.updatedAt = now;
    List<ScoreInput> scores = input.scorecard() == null ? List.of() : input.scorecard();
    Set<ScorecardQuestion> seen = EnumSet.noneOf(ScorecardQuestion.class);
    for (ScoreInput score : scores) {
      if (!seen.add(score.question())) {
        throw DutyboardException.validation("scorecard", score.question() + " is answered twice");
      }
      Texts.optional("scorecard", score.note(), 2000);
    }
    if (isNew) {
      report.persist();
    }
    ReportScore.delete("reportId", report.id);
    for (ScoreInput score : scores) {
      ReportScore row = new ReportScore();
      row.id = UUID.randomUUID();
      row.reportId = report.id;
      row.question = score.question();
      row.answer = score.answer();
      row.note = Texts.optional("scorecard", score.note(), 2000);
      row.persist();
    }
    em.flush();
    events.changed(incident, IncidentEventKind.REPORT_CHANGED);
    return views(List.of(report)).get(0);
  }

  public ReportView changeState(UUID incidentId, ReportState to, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    IncidentReport report =
        find(incidentId)
            .orElseThrow(
                () -> DutyboardException.notFound("incidentId", "Report of incident", incidentId));
    DutyboardException.checkVersion("Report of " + incidentId, expectedVersion, report.version);
    ReportState from = report.state;
    boolean allowed =
        (from == ReportState.DRAFT && to == ReportState.IN_REVIEW)
            || (from == ReportState.IN_REVIEW && to == ReportState.DRAFT)
            || (from == ReportState.IN_REVIEW && to == ReportState.PUBLISHED);
    if (!allowed) {
      throw DutyboardException.conflict("state", "A report cannot go from " + from + " to " + to);
    }
    if (to != ReportState.DRAFT) {
      requireSection("summary", report.summary);
      requireSection("impact", report.impact);
      requireSection("rootCauses", report.rootCauses);
    }
    Instant now = clock.instant();
    report.state = to;
    report.updatedAt = now;
    if (to == ReportState.PUBLISHED) {
      report.publishedAt = now;
    }
    timeline.record(incident, TimelineKind.REPORT, "Report " + from + " -> " + to, now);
    em.flush();
    events.changed(incident, IncidentEventKind.REPORT_CHANGED);
    return views(List.of(report)).get(0);
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<ReportView> report(UUID incidentId) {
    access.requireVisible(incidentId, "incidentId");
    return find(incidentId).map(r -> views(List.of(r)).get(0));
  }

  /** Reports of incidents the caller already may see, by incident id. */
  @Transactional(TxType.SUPPORTS)
  public Map<UUID, ReportView> forIncidents(List<UUID> incidentIds) {
    Map<UUID, ReportView> result = new HashMap<>();
    if (!incidentIds.isEmpty()) {
      views(
              em.createQuery("from IncidentReport where incidentId in :ids", IncidentReport.class)
                  .setParameter("ids", incidentIds)
                  .getResultList())
          .forEach(v -> result.put(v.incidentId(), v));
    }
    return result;
  }

  /** Whether each (visible) incident needs a report, in two statements for any number. */
  @Transactional(TxType.SUPPORTS)
  public Map<UUID, ReportRequirementView> requirements(List<IncidentView> incidents) {
    return evaluate(
        incidents.stream()
            .map(
                i ->
                    new RequirementFacts(
                        i.id(),
                        i.teamInvolvement(),
                        i.rollbackOrHotfix(),
                        i.rollbackDuringTestingPhase(),
                        i.reportWaiverReason() != null))
            .toList());
  }

  /**
   * {@link #requirements(List)} for incidents read as entities, in one statement for any number. No
   * visibility check: the caller decides who may see the result (the weekly summary counts hidden
   * ones without naming them).
   */
  @Transactional(TxType.SUPPORTS)
  public Map<UUID, ReportRequirementView> requirementsOf(List<Incident> incidents) {
    return evaluate(
        incidents.stream()
            .map(
                i ->
                    new RequirementFacts(
                        i.id,
                        i.teamInvolvement,
                        i.rollbackOrHotfix,
                        i.rollbackDuringTestingPhase,
                        i.reportWaiverReason != null))
            .toList());
  }

  /** The state of each incident's report; incidents without a report are absent. */
  @Transactional(TxType.SUPPORTS)
  public Map<UUID, ReportState> states(List<UUID> incidentIds) {
    Map<UUID, ReportState> result = new HashMap<>();
    if (!incidentIds.isEmpty()) {
      em.createQuery(
              "select r.incidentId, r.state from IncidentReport r where r.incidentId in :ids",
              Object[].class)
          .setParameter("ids", incidentIds)
          .getResultList()
          .forEach(row -> result.put((UUID) row[0], (ReportState) row[1]));
    }
    return result;
  }

  /** What the rule needs to know of one incident. */
  private record RequirementFacts(
      UUID id,
      TeamInvolvement involvement,
      boolean rollbackOrHotfix,
      boolean rollbackDuringTestingPhase,
      boolean waived) {}

  private Map<UUID, ReportRequirementView> evaluate(List<RequirementFacts> incidents) {
    Map<UUID, Long> publicUpdates = new HashMap<>();
    if (!incidents.isEmpty()) {
      em.createQuery(
              "select u.incidentId, count(u) from StatusUpdate u, Incident i"
                  + " where i.id = u.incidentId and u.incidentId in :ids"
                  + " and (i.visibility = :public or i.madePublicAt is not null)"
                  + " group by u.incidentId",
              Object[].class)
          .setParameter("ids", incidents.stream().map(RequirementFacts::id).toList())
          .setParameter("public", Visibility.PUBLIC)
          .getResultList()
          .forEach(row -> publicUpdates.put((UUID) row[0], (Long) row[1]));
    }
    Map<UUID, ReportRequirementView> result = new HashMap<>();
    for (RequirementFacts i : incidents) {
      IncidentReportRequirement.Verdict verdict =
          IncidentReportRequirement.evaluate(
              i.involvement(),
              i.rollbackOrHotfix(),
              i.rollbackDuringTestingPhase(),
              publicUpdates.getOrDefault(i.id(), 0L));
      result.put(
          i.id(), new ReportRequirementView(verdict.required(), verdict.reasons(), i.waived()));
    }
    return result;
  }

  private static void requireSection(String field, String text) {
    if (text == null) {
      throw DutyboardException.validation(field, field + " must be written before review");
    }
  }

  private Optional<IncidentReport> find(UUID incidentId) {
    return IncidentReport.<IncidentReport>find("incidentId", incidentId).firstResultOptional();
  }

  private List<ReportView> views(List<IncidentReport> reports) {
    if (reports.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<ScoreView>> scores = new HashMap<>();
    em.createQuery("from ReportScore where reportId in :ids order by question", ReportScore.class)
        .setParameter("ids", reports.stream().map(r -> r.id).toList())
        .getResultList()
        .forEach(
            s ->
                scores
                    .computeIfAbsent(s.reportId, k -> new ArrayList<>())
                    .add(new ScoreView(s.question, s.answer, s.note)));
    return reports.stream()
        .map(
            r ->
                new ReportView(
                    r.incidentId,
                    r.state,
                    r.summary,
                    r.impact,
                    r.timelineExcerpt,
                    r.rootCauses,
                    r.wentWell,
                    r.wentPoorly,
                    scores.getOrDefault(r.id, List.of()),
                    r.publishedAt,
                    (int) r.version))
        .toList();
  }
}
