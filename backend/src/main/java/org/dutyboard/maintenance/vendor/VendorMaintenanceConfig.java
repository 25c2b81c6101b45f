package org.dutyboard.maintenance.vendor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Vendor maintenance notifications (BCOP iCalendar by mail or webhook). */
@ConfigMapping(prefix = "dutyboard.maintenance.vendor")
public interface VendorMaintenanceConfig {
  /**
   * Which status-page component each circuit (BCOP object id) belongs to: circuit id to a
   * component's name (case-insensitive) or id. Quote keys with dots or slashes. Unmapped circuits
   * are kept with the window but affect no component.
   */
  Map<String, String> circuitComponents();

  /** Largest webhook body accepted, in bytes; larger bodies get 413 and change nothing. */
  @WithDefault("1048576")
  int maxBodyBytes();
}
