package org.dutyboard.summary;

import java.time.ZoneId;
import java.util.List;
import org.dutyboard.maintenance.vendor.VendorCircuitView;
import org.dutyboard.maintenance.vendor.VendorMaintenanceView;
import org.dutyboard.summary.WeeklySummaryView.VendorMaintenanceLine;

/**
 * The summary's "Vendor maintenance next week" section: each provider maintenance with its circuits
 * and their impact, as the clinic duty listed them by hand. Rendered only when the reader may see
 * vendor details (the list is empty otherwise). Provider texts are escaped like any user text.
 */
final class VendorMaintenanceMarkdown {
  private VendorMaintenanceMarkdown() {}

  static void section(StringBuilder md, List<VendorMaintenanceLine> lines, ZoneId zone) {
    if (lines.isEmpty()) {
      return;
    }
    WeeklySummaryMarkdown.section(md, "Vendor maintenance next week");
    for (VendorMaintenanceLine line : lines) {
      VendorMaintenanceView v = line.vendor();
      md.append("- ")
          .append(MarkdownText.text(v.provider()))
          .append(' ')
          .append(MarkdownText.text(v.providerMaintenanceId()))
          .append(": ")
          .append(WeeklySummaryMarkdown.time(line.start(), zone))
          .append(" to ")
          .append(WeeklySummaryMarkdown.time(line.end(), zone))
          .append(" (")
          .append(line.status())
          .append(v.status() == null ? "" : ", provider says " + v.status())
          .append("), impact ")
          .append(v.impact());
      if (v.summary() != null) {
        md.append(" - ").append(MarkdownText.text(v.summary()));
      }
      md.append('\n');
      for (VendorCircuitView c : v.circuits()) {
        md.append("  - ").append(MarkdownText.text(c.circuitId())).append(": ").append(c.impact());
        if (c.component() != null) {
          md.append(" (").append(MarkdownText.text(c.component().name())).append(')');
        }
        md.append('\n');
      }
    }
  }
}
