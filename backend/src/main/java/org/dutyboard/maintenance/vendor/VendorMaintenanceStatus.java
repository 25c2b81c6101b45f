package org.dutyboard.maintenance.vendor;

import java.util.Locale;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** A provider's status of its maintenance (BCOP {@code X-MAINTNOTE-STATUS}). */
@Enum("VendorMaintenanceStatus")
@Description("The status a provider gives its maintenance (BCOP X-MAINTNOTE-STATUS).")
public enum VendorMaintenanceStatus {
  @Description("Proposed; the window is SCHEDULED.")
  TENTATIVE(MaintenanceStatus.SCHEDULED),
  @Description("Definite; the window is SCHEDULED.")
  CONFIRMED(MaintenanceStatus.SCHEDULED),
  @Description("Called off; the window is CANCELLED (COMPLETED if it had started).")
  CANCELLED(MaintenanceStatus.CANCELLED),
  @Description("Under way (BCOP IN-PROCESS); the window is IN_PROGRESS.")
  IN_PROCESS(MaintenanceStatus.IN_PROGRESS),
  @Description("Finished; the window is COMPLETED.")
  COMPLETED(MaintenanceStatus.COMPLETED);

  /** The status the internal maintenance window takes. */
  final MaintenanceStatus window;

  VendorMaintenanceStatus(MaintenanceStatus window) {
    this.window = window;
  }

  /** The BCOP value (e.g. {@code IN-PROCESS}); null when absent. Unknown values are refused. */
  static VendorMaintenanceStatus ofBcop(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (VendorMaintenanceStatus status : values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    throw DutyboardException.validation(
        "X-MAINTNOTE-STATUS",
        "X-MAINTNOTE-STATUS must be TENTATIVE, CONFIRMED, CANCELLED, IN-PROCESS or COMPLETED, not '"
            + value.strip()
            + "'");
  }
}
