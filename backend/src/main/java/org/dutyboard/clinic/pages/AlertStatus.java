package org.dutyboard.clinic.pages;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PageStatus")
@Description("Whether the alert behind a page is still firing.")
public enum AlertStatus {
  @Description("The alert is firing.")
  FIRING,
  @Description("Alertmanager reported the alert resolved.")
  RESOLVED
}
