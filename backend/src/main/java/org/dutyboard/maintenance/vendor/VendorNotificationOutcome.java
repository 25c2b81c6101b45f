package org.dutyboard.maintenance.vendor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("VendorNotificationOutcome")
@Description("What a vendor maintenance notification did.")
public enum VendorNotificationOutcome {
  @Description("A new provider maintenance: an internal (unpublished) window was created.")
  CREATED,
  @Description("A higher SEQUENCE: the window was updated (times, circuits, status).")
  UPDATED,
  @Description("A higher SEQUENCE with status CANCELLED: the window was cancelled.")
  CANCELLED,
  @Description("A lower SEQUENCE than the one applied (mail out of order): nothing changed.")
  IGNORED_OLDER,
  @Description("The SEQUENCE already applied (a duplicate mail): nothing changed.")
  IGNORED_DUPLICATE
}
