package org.dutyboard.incident.statusupdate;

import org.dutyboard.incident.Incident;

/**
 * The headline the public reads for an incident: its {@code publicTitle}, else a neutral text with
 * its reference. The internal title never leaves the API.
 */
public final class PublicHeadline {
  private PublicHeadline() {}

  /** The public headline of an incident whose reference (e.g. INC-42) is given. */
  public static String of(Incident incident, String reference) {
    return of(incident.publicTitle, reference);
  }

  /** The public headline from a public title (may be null) and a reference. */
  public static String of(String publicTitle, String reference) {
    return publicTitle == null ? "Service disruption (" + reference + ")" : publicTitle;
  }
}
