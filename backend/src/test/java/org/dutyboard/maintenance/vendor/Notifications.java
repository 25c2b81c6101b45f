package org.dutyboard.maintenance.vendor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds BCOP maintenance notifications shaped like a network provider's: three circuits with their
 * own impacts, two maintenance ids (one PRIMARY), organizer, CRLF line ends. Tests change what they
 * care about: {@code aNotification("northwind.example", "CHG-1").sequence(2).status("CANCELLED")}.
 */
final class Notifications {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String provider;
  private final String maintenanceId;
  private int sequence = 0;
  private String status = "TENTATIVE";
  private Instant start = Instant.parse("2045-03-08T01:00:00Z");
  private Instant end = Instant.parse("2045-03-08T05:00:00Z");
  private String summary = "Fibre splice work between Frankfurt and Amsterdam";
  private String objects =
      """
      X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=OUTAGE:NWF/IRS/204417
      X-MAINTNOTE-OBJECT-ID;X-MAINTNOTE-OBJECT-IMPACT=REDUCED-REDUNDANCY:NWF/IRS/204418
      X-MAINTNOTE-OBJECT-ID:198.51.100.13
      """;

  private Notifications(String provider, String maintenanceId) {
    this.provider = provider;
    this.maintenanceId = maintenanceId;
  }

  static Notifications aNotification(String provider, String maintenanceId) {
    return new Notifications(provider, maintenanceId);
  }

  Notifications sequence(int sequence) {
    this.sequence = sequence;
    return this;
  }

  Notifications status(String status) {
    this.status = status;
    return this;
  }

  Notifications between(String start, String end) {
    this.start = Instant.parse(start);
    this.end = Instant.parse(end);
    return this;
  }

  Notifications summary(String summary) {
    this.summary = summary;
    return this;
  }

  /** Replaces the object lines, e.g. {@code "X-MAINTNOTE-OBJECT-ID:c1\n"}. */
  Notifications objects(String lines) {
    this.objects = lines;
    return this;
  }

  /** The VEVENT alone, to combine several in one calendar. */
  String event() {
    return """
        BEGIN:VEVENT
        SUMMARY:%s
        DTSTART:%s
        DTEND:%s
        DTSTAMP:20450301T120000Z
        UID:%s@noc.%s
        SEQUENCE:%d
        X-MAINTNOTE-PROVIDER:%s
        X-MAINTNOTE-ACCOUNT:ACME-4471
        X-MAINTNOTE-MAINTENANCE-ID;X-MAINTNOTE-PRECEDENCE=NON-PRIMARY:EXT-%s
        X-MAINTNOTE-MAINTENANCE-ID;X-MAINTNOTE-PRECEDENCE=PRIMARY:%s
        %sX-MAINTNOTE-IMPACT:OUTAGE
        X-MAINTNOTE-STATUS:%s
        ORGANIZER;CN="Northwind Fibre NOC":mailto:noc@%s
        END:VEVENT
        """
        .formatted(
            summary,
            UTC.format(start),
            UTC.format(end),
            maintenanceId,
            provider,
            sequence,
            provider,
            maintenanceId,
            maintenanceId,
            objects,
            status,
            provider);
  }

  String ics() {
    return calendar(event());
  }

  static String calendar(String... events) {
    String text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northwind Fibre//Maintenance Notices 3.2//EN\n"
            + String.join("", events)
            + "END:VCALENDAR\n";
    return text.replace("\n", "\r\n");
  }
}
