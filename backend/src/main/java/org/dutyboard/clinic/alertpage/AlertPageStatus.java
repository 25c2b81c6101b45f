package org.dutyboard.clinic.alertpage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("AlertPageStatus")
@Description("Whether the alert behind a page is still firing.")
public enum AlertPageStatus {
  @Description("The alert is firing.")
  FIRING,
  @Description("Alertmanager reported the alert resolved.")
  RESOLVED
}
