package org.dutyboard.maintenance.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dutyboard.maintenance.vendor.Notifications.aNotification;

import java.time.Instant;
import java.util.List;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.maintenance.vendor.MaintenanceNotification.CircuitImpact;
import org.junit.jupiter.api.Test;

class MaintenanceNotificationParserTest {

  private static MaintenanceNotification only(String ics) {
    List<MaintenanceNotification> all = MaintenanceNotificationParser.parse(ics);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static void refused(String ics, String field, String messagePart) {
    assertThatThrownBy(() -> MaintenanceNotificationParser.parse(ics))
        .isInstanceOfSatisfying(
            DutyboardException.class,
            e -> {
              assertThat(e.getExtensions()).containsEntry("code", "VALIDATION");
              assertThat(e.field()).contains(field);
            })
        .hasMessageContaining(messagePart);
  }

  @Test
  void readsEveryBcopFieldWithPerObjectImpactAndThePrimaryMaintenanceId() {
    MaintenanceNotification n =
        only(
            aNotification("Northwind-Fibre.example", "CHG-20451")
                .sequence(3)
                .status("CONFIRMED")
                .ics());
    assertThat(n.provider()).isEqualTo("Northwind-Fibre.example");
    assertThat(n.providerKey()).isEqualTo("northwind-fibre.example");
    assertThat(n.account()).isEqualTo("ACME-4471");
    assertThat(n.maintenanceId()).as("PRECEDENCE=PRIMARY, not the first").isEqualTo("CHG-20451");
    assertThat(n.uid()).isEqualTo("CHG-20451@noc.Northwind-Fibre.example");
    assertThat(n.sequence()).isEqualTo(3);
    assertThat(n.status()).isEqualTo(VendorMaintenanceStatus.CONFIRMED);
    assertThat(n.impact()).isEqualTo(MaintenanceImpact.OUTAGE);
    assertThat(n.summary()).isEqualTo("Fibre splice work between Frankfurt and Amsterdam");
    assertThat(n.organizer()).isEqualTo("mailto:noc@Northwind-Fibre.example");
    assertThat(n.start()).isEqualTo(Instant.parse("2045-03-08T01:00:00Z"));
    assertThat(n.end()).isEqualTo(Instant.parse("2045-03-08T05:00:00Z"));
    assertThat(n.circuits())
        .containsExactly(
            new CircuitImpact("NWF/IRS/204417", MaintenanceImpact.OUTAGE),
            new CircuitImpact("NWF/IRS/204418", MaintenanceImpact.REDUCED_REDUNDANCY),
            new CircuitImpact("198.51.100.13", MaintenanceImpact.OUTAGE));
  }

  @Test
  void standardDefaultsApplyAndTimesWithZonesBecomeUtc() {
    String ics =
        Notifications.calendar(
            """
            BEGIN:VEVENT
            SUMMARY:Router software upgrade
            DTSTART;TZID=Europe/Berlin:20450110T010000
            DTEND:20450110T050000
            DTSTAMP:20450301T120000Z
            UID:42
            X-MAINTNOTE-PROVIDER:example.com
            X-MAINTNOTE-ACCOUNT:137.035999173
            X-MAINTNOTE-MAINTENANCE-ID:WorkOrder-31415
            X-MAINTNOTE-OBJECT-ID;ALTREP="https://example.org/maintenance?id=2718281828459":2718281828459
            X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=SOMETHING-NEW:acme-widgets
            X-MAINTNOTE-IMPACT:DEGRADED
            X-MAINTNOTE-STATUS: IN-PROCESS
            ORGANIZER;CN="Example NOC":mailto:noone@example.com
            END:VEVENT
            """);
    MaintenanceNotification n = only(ics);
    assertThat(n.sequence()).as("RFC 5545 default").isZero();
    assertThat(n.status()).isEqualTo(VendorMaintenanceStatus.IN_PROCESS);
    // 01:00 in Berlin (CET, UTC+1) is 00:00 UTC; the floating DTEND is read as UTC.
    assertThat(n.start()).isEqualTo(Instant.parse("2045-01-10T00:00:00Z"));
    assertThat(n.end()).isEqualTo(Instant.parse("2045-01-10T05:00:00Z"));
    assertThat(n.circuits())
        .containsExactly(
            new CircuitImpact("2718281828459", MaintenanceImpact.DEGRADED),
            new CircuitImpact("acme-widgets", MaintenanceImpact.OUTAGE));
  }

  @Test
  void severalEventsAreSeveralMaintenances() {
    List<MaintenanceNotification> all =
        MaintenanceNotificationParser.parse(
            Notifications.calendar(
                aNotification("example.net", "A-1").event(),
                aNotification("example.net", "A-2").status("CANCELLED").event()));
    assertThat(all)
        .extracting(MaintenanceNotification::maintenanceId)
        .containsExactly("A-1", "A-2");
    assertThat(all.get(1).status()).isEqualTo(VendorMaintenanceStatus.CANCELLED);
  }

  @Test
  void malformedNotificationsAreRefusedNamingTheProperty() {
    refused("", "calendar", "empty");
    refused("Hello, see attached PDF", "calendar", "not an iCalendar object");
    refused(Notifications.calendar(""), "calendar", "no VEVENT");
    String good = aNotification("example.net", "B-1").ics();
    refused(good.replace("X-MAINTNOTE-PROVIDER:example.net\r\n", ""), "X-MAINTNOTE-PROVIDER", "");
    refused(
        good.replaceAll("X-MAINTNOTE-MAINTENANCE-ID[^\r]*\r\n", ""),
        "X-MAINTNOTE-MAINTENANCE-ID",
        "");
    refused(good.replace("SEQUENCE:0", "SEQUENCE:-1"), "SEQUENCE", "non-negative");
    refused(good.replace("TENTATIVE", "POSTPONED"), "X-MAINTNOTE-STATUS", "'POSTPONED'");
    refused(
        aNotification("example.net", "B-2")
            .between("2045-03-08T05:00:00Z", "2045-03-08T05:00:00Z")
            .ics(),
        "DTEND",
        "after DTSTART");
    refused(good.replaceAll("DTEND:[^\r]*\r\n", ""), "DTEND", "required");
    refused(aNotification("example.net", "B-3").objects("").ics(), "X-MAINTNOTE-OBJECT-ID", "");
    refused(good.replace("SUMMARY:Fibre", "SUMMARY:\u202EFibre"), "SUMMARY", "U+202E");
  }

  @Test
  void aCancellationMayNameNoObjects() {
    MaintenanceNotification n =
        only(aNotification("example.net", "C-1").status("CANCELLED").objects("").ics());
    assertThat(n.circuits()).isEmpty();
  }
}
