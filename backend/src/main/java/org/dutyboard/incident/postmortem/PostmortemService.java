package org.dutyboard.incident.postmortem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentView;
import org.dutyboard.incident.IncidentViews;
import org.dutyboard.incident.event.IncidentEventKind;
import org.dutyboard.incident.event.IncidentEvents;
import org.dutyboard.incident.timeline.TimelineKind;
import org.dutyboard.incident.timeline.TimelineWriter;

/**
 * Postmortems (incident reports): written by responders (also after the incident closed), reviewed,
 * published. Moving to IN_REVIEW needs a summary, the impact and the root causes. A PUBLISHED
 * postmortem is final.
 */
@ApplicationScoped
@Transactional
public class PostmortemService {
  static final int MAX_SECTION = 50_000;

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject TimelineWriter timeline;
  @Inject IncidentEvents events;
  @Inject IncidentViews incidentViews;
  @Inject PostmortemViews postmortemViews;

  public PostmortemView save(UUID incidentId, PostmortemInput input, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    Instant now = clock.instant();
    Postmortem report = Postmortem.forIncident(incidentId).orElse(null);
    boolean isNew = report == null;
    if (isNew) {
      report = new Postmortem();
      report.id = UUID.randomUUID();
      report.incidentId = incidentId;
      report.state = PostmortemState.DRAFT;
      report.createdAt = now;
    } else {
      DutyboardException.checkVersion(
          "Postmortem of " + incidentId, expectedVersion, report.version);
      if (report.state == PostmortemState.PUBLISHED) {
        throw DutyboardException.conflict("The postmortem is PUBLISHED and final");
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
    PostmortemScore.delete("reportId", report.id);
    for (ScoreInput score : scores) {
      PostmortemScore row = new PostmortemScore();
      row.id = UUID.randomUUID();
      row.reportId = report.id;
      row.question = score.question();
      row.answer = score.answer();
      row.note = Texts.optional("scorecard", score.note(), 2000);
      row.persist();
    }
    em.flush();
    events.changed(incident, IncidentEventKind.POSTMORTEM_CHANGED);
    return postmortemViews.of(List.of(report)).get(0);
  }

  public PostmortemView changeState(UUID incidentId, PostmortemState to, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    Postmortem report =
        Postmortem.forIncident(incidentId)
            .orElseThrow(
                () ->
                    DutyboardException.notFound(
                        "incidentId", "Postmortem of incident", incidentId));
    DutyboardException.checkVersion("Postmortem of " + incidentId, expectedVersion, report.version);
    PostmortemState from = report.state;
    boolean allowed =
        (from == PostmortemState.DRAFT && to == PostmortemState.IN_REVIEW)
            || (from == PostmortemState.IN_REVIEW && to == PostmortemState.DRAFT)
            || (from == PostmortemState.IN_REVIEW && to == PostmortemState.PUBLISHED);
    if (!allowed) {
      throw DutyboardException.conflict(
          "state", "A postmortem cannot go from " + from + " to " + to);
    }
    if (to != PostmortemState.DRAFT) {
      requireSection("summary", report.summary);
      requireSection("impact", report.impact);
      requireSection("rootCauses", report.rootCauses);
    }
    Instant now = clock.instant();
    report.state = to;
    report.updatedAt = now;
    if (to == PostmortemState.PUBLISHED) {
      report.publishedAt = now;
    }
    timeline.record(incident, TimelineKind.REPORT, "Postmortem " + from + " -> " + to, now);
    em.flush();
    events.changed(incident, IncidentEventKind.POSTMORTEM_CHANGED);
    return postmortemViews.of(List.of(report)).get(0);
  }

  private static void requireSection(String field, String text) {
    if (text == null) {
      throw DutyboardException.validation(field, field + " must be written before review");
    }
  }

  /** An admin decides this incident closes without a postmortem; the reason is recorded. */
  public IncidentView waive(UUID incidentId, String reason, Integer expectedVersion) {
    caller.require(Role.ADMIN);
    Incident incident = access.requireEditable(incidentId, "incidentId", expectedVersion);
    incident.postmortemWaiverReason = Texts.required("reason", reason, 2000);
    incident.postmortemWaivedBy = timeline.author();
    incident.updatedAt = clock.instant();
    timeline.record(
        incident,
        TimelineKind.REPORT,
        "Postmortem waived by "
            + incident.postmortemWaivedBy
            + ": "
            + incident.postmortemWaiverReason,
        incident.updatedAt);
    em.flush();
    events.changed(incident, IncidentEventKind.POSTMORTEM_CHANGED);
    return incidentViews.of(incident);
  }
}
