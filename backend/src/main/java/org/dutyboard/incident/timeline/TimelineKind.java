package org.dutyboard.incident.timeline;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineKind")
@Description(
    "What a timeline entry records. ACTION, OBSERVATION, DECISION and COMMUNICATION are written"
        + " by people; the others are written by Dutyboard when the incident changes.")
public enum TimelineKind {
  @Description("Something someone did (like a `!log` line): restarted, rolled back, blocked.")
  ACTION,
  @Description("Something someone saw: a graph, an error rate, a user report.")
  OBSERVATION,
  @Description("Something the responders decided, e.g. to fail over.")
  DECISION,
  @Description("Something told to others: another team, management, users.")
  COMMUNICATION,
  @Description("Automatic: the incident was declared.")
  DECLARED,
  @Description("Automatic: the status changed, or the incident was reopened.")
  STATUS_CHANGE,
  @Description("Automatic: someone assumed or handed over a role.")
  ROLE_CHANGE,
  @Description("Automatic: the severity changed.")
  SEVERITY_CHANGE,
  @Description("Automatic: the visibility changed (e.g. made public after mitigation).")
  VISIBILITY_CHANGE,
  @Description("Automatic: title, summary, components, timestamps or other details changed.")
  DETAILS_CHANGE,
  @Description("Automatic: a public status update was posted.")
  STATUS_UPDATE,
  @Description("Automatic: the incident report changed state or was waived.")
  REPORT;

  /** Kinds people may write; the rest are Dutyboard's own record. */
  public static final Set<TimelineKind> WRITABLE =
      EnumSet.of(ACTION, OBSERVATION, DECISION, COMMUNICATION);
}
