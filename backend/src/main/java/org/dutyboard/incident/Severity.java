package org.dutyboard.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** How bad an incident is. SEV1 and SEV2 are major: they must have an Incident Coordinator. */
@Enum("Severity")
@Description("How bad an incident is. SEV1 and SEV2 are major and must have a coordinator.")
public enum Severity {
  @Description("Critical (major): a core service is down or unusable for most users, or data loss.")
  SEV1,
  @Description("Major: a significant part of the service is down or badly degraded for many users.")
  SEV2,
  @Description("Minor: limited impact, a subset of users or functions; a workaround exists.")
  SEV3,
  @Description("Low: little or no user-visible impact (internal tooling, cosmetic issues).")
  SEV4;

  public boolean isMajor() {
    return this == SEV1 || this == SEV2;
  }
}
