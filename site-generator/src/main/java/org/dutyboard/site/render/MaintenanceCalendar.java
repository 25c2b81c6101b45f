package org.dutyboard.site.render;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.dutyboard.site.model.MaintenanceStatus;
import org.dutyboard.site.model.PublicMaintenance;

/**
 * {@code maintenance.ics}: every scheduled maintenance as an event, written by ical4j. UIDs are
 * derived from the maintenance id and the site's host, so calendar clients update events in place;
 * all times are UTC; DTSTAMP is the maintenance's last change, never the wall clock. No METHOD:
 * this is a subscription calendar, not an iTIP message (which would require an ORGANIZER).
 */
final class MaintenanceCalendar {

  private final SiteIndex site;

  MaintenanceCalendar(SiteIndex site) {
    this.site = site;
  }

  void write(OutputFiles out) throws IOException {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Dutyboard//Status site//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (PublicMaintenance m : site.maintenances) {
      calendar.add((net.fortuna.ical4j.model.component.CalendarComponent) event(m));
    }
    try (OutputStream stream = out.open(SitePaths.CALENDAR)) {
      // RFC 5545 wants at least one component; an empty calendar is still written (and accepted
      // by clients) so the subscription link keeps working, just without validation.
      boolean validate = !site.maintenances.isEmpty();
      new CalendarOutputter(validate).output(calendar, stream);
    } catch (ValidationException e) {
      throw new IOException("invalid maintenance calendar", e);
    }
  }

  private VEvent event(PublicMaintenance m) {
    VEvent event = new VEvent(false);
    event.add(new Uid("maintenance-" + m.id() + "@" + site.config.pageId()));
    event.add(new DtStamp(m.lastUpdatedAt()));
    event.add(new LastModified(m.lastUpdatedAt()));
    event.add(new Sequence(m.updates().size()));
    event.add(new DtStart<>(m.scheduledFor()));
    event.add(new DtEnd<>(m.scheduledUntil()));
    event.add(new Summary(m.name()));
    event.add(new Description(m.message()));
    event.add(new Url(URI.create(site.config.absolute(SitePaths.maintenance(m.id())))));
    // Not yet started work is tentative: it may move.
    Status status =
        m.status() == MaintenanceStatus.SCHEDULED
            ? ImmutableStatus.VEVENT_TENTATIVE
            : ImmutableStatus.VEVENT_CONFIRMED;
    event.add(status);
    return event;
  }
}
