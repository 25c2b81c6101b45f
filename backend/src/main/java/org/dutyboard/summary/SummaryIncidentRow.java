package org.dutyboard.summary;

import java.time.Instant;
import java.util.UUID;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentStatus;
import org.dutyboard.incident.Severity;
import org.dutyboard.incident.TeamInvolvement;
import org.dutyboard.incident.metrics.IncidentMetrics.Moments;
import org.dutyboard.incident.postmortem.PostmortemQueries;
import org.dutyboard.incident.postmortem.PostmortemRequirement;
import org.dutyboard.incident.postmortem.PostmortemState;

/**
 * The columns of one incident the weekly summary needs, with its report facts and whether the
 * audience may see it: selected in one statement ({@link #COLUMNS}) instead of loading entities.
 */
record SummaryIncidentRow(
    UUID id,
    long number,
    String title,
    Severity severity,
    IncidentStatus status,
    Moments moments,
    Instant declaredAt,
    Instant resolvedAt,
    boolean reportRequired,
    boolean waived,
    PostmortemState reportState,
    boolean visible) {

  static SummaryIncidentRow of(Object[] r) {
    return new SummaryIncidentRow(
        (UUID) r[0],
        (Long) r[1],
        (String) r[2],
        (Severity) r[3],
        (IncidentStatus) r[4],
        new Moments((Instant) r[5], (Instant) r[6], (Instant) r[7], (Instant) r[8], (Instant) r[9]),
        (Instant) r[10],
        (Instant) r[9],
        PostmortemRequirement.evaluate(
                (TeamInvolvement) r[11],
                (Boolean) r[12],
                (Boolean) r[13],
                ((Number) r[15]).longValue())
            .required(),
        (Boolean) r[14],
        (PostmortemState) r[16],
        (Boolean) r[17]);
  }

  /** The selected columns, in {@link #of}'s order. */
  static final String COLUMNS =
      "select i.id, i.number, i.title, i.severity, i.status, i.startedAt, i.detectedAt,"
          + " i.acknowledgedAt, i.mitigatedAt, i.resolvedAt, i.declaredAt, i.teamInvolvement,"
          + " i.rollbackOrHotfix, i.rollbackDuringTestingPhase,"
          + " case when i.postmortemWaiverReason is not null then true else false end, "
          + PostmortemQueries.PUBLIC_STATUS_UPDATES
          + ", (select r.state from Postmortem r where r.incidentId = i.id), case when "
          + IncidentAccess.VISIBLE
          + " then true else false end";
}
