package org.dutyboard.common.security;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * What a caller may do. {@code admin} implies every other role; every role except {@code ingest}
 * implies {@code viewer}. JWT callers get roles from their {@code groups} claim, API tokens carry
 * them.
 */
@Enum("Role")
@Description("A caller's role. ADMIN implies every role; every role except INGEST implies VIEWER.")
public enum Role {
  @Description("Reads rotations, people and non-private incidents; runs no mutation.")
  VIEWER,
  @Description(
      "Works incidents (declares, updates, writes timelines and follow-ups), clinic requests and"
          + " week notes, and does a person's own duty actions: trades, handoffs, their calendar"
          + " feed.")
  RESPONDER,
  @Description("Edits rotations, rosters, people and teams.")
  SCHEDULER,
  @Description("Sees private (e.g. security) incidents.")
  SECURITY,
  @Description(
      "Machine role: delivers alerts and vendor maintenance notifications to the webhook"
          + " receivers. Implies nothing else, not even VIEWER, so a leaked Alertmanager token"
          + " cannot read anything.")
  INGEST,
  @Description("Everything, including API tokens.")
  ADMIN;

  /** The name used in JWT {@code groups} claims and token role lists. */
  public String claimName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromClaim(String claim) {
    for (Role role : values()) {
      if (role.claimName().equalsIgnoreCase(claim)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
