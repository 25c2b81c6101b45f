package org.dutyboard.clinic.alertpage;

import java.time.Instant;
import java.util.UUID;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Alert;

/**
 * How deliveries become pages. Alertmanager retries failed deliveries and repeats firing
 * notifications every {@code repeat_interval}; an alert occurrence is identified by its fingerprint
 * and start time, so each occurrence is one page however often it is delivered:
 *
 * <ul>
 *   <li>the first delivery creates the page (already resolved if that is what it says);
 *   <li>a resolved delivery closes an open page with the alert's end time;
 *   <li>a firing delivery for a resolved page is a late retry and does not reopen it;
 *   <li>every delivery counts in {@code notifications}; a firing one refreshes annotations.
 * </ul>
 */
final class AlertPageDeduplication {
  private AlertPageDeduplication() {}

  static AlertPage newPage(Alert alert, String receiver, Instant now) {
    AlertPage page = new AlertPage();
    page.id = UUID.randomUUID();
    page.fingerprint = alert.fingerprint();
    page.startsAt = alert.startsAt();
    page.status = alert.status();
    page.endsAt = alert.status() == AlertPageStatus.RESOLVED ? endOf(alert, now) : null;
    page.alertName = alert.labels().get("alertname");
    page.labels = alert.labels();
    page.annotations = alert.annotations();
    page.receiver = receiver;
    page.generatorUrl = alert.generatorUrl();
    page.notifications = 1;
    page.firstReceivedAt = now;
    page.lastReceivedAt = now;
    return page;
  }

  /** Applies a later delivery; true if the page changed beyond its delivery count. */
  static boolean apply(AlertPage page, Alert alert, Instant now) {
    page.notifications++;
    page.lastReceivedAt = now;
    if (page.status == AlertPageStatus.RESOLVED) {
      return false;
    }
    if (alert.status() == AlertPageStatus.RESOLVED) {
      page.status = AlertPageStatus.RESOLVED;
      page.endsAt = endOf(alert, now);
      return true;
    }
    if (!alert.annotations().equals(page.annotations)) {
      page.annotations = alert.annotations();
      return true;
    }
    return false;
  }

  /** A resolved alert without an end time ended when we heard of it. */
  private static Instant endOf(Alert alert, Instant now) {
    return alert.endsAt() != null ? alert.endsAt() : now;
  }
}
