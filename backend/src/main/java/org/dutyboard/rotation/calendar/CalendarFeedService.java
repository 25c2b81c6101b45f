package org.dutyboard.rotation.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.PublicUrl;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.CurrentPerson;
import org.dutyboard.people.Person;
import org.dutyboard.people.TokenSecrets;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.calendar.ShiftCalendar.Event;
import org.dutyboard.rotation.schedule.ComposedSchedules;
import org.dutyboard.rotation.schedule.ComposedSchedules.RotationSchedule;

/**
 * Issues, revokes and renders calendar feeds. Who may issue one: a SCHEDULER for any rotation or
 * person; a RESPONDER for their own feed (an API token bound to them, or a JWT with their handle).
 * Revoking follows the same rule. Rendering needs only the secret.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {
  /** Feed secrets are told apart from API tokens ({@code dbt_}) by their prefix. */
  static final String SECRET_PREFIX = "dbc_";

  @Inject Caller caller;
  @Inject CurrentPerson currentPerson;
  @Inject Clock clock;
  @Inject CalendarConfig config;
  @Inject PublicUrl publicUrl;
  @Inject ComposedSchedules schedules;

  public CreatedCalendarFeedView create(UUID rotationId, UUID personId) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    if ((rotationId == null) == (personId == null)) {
      throw DutyboardException.validation(
          "rotationId", "give exactly one of rotationId and personId");
    }
    if (rotationId != null) {
      caller.require(Role.SCHEDULER);
      Entities.require(Rotation.class, rotationId, "rotationId", "Rotation");
    } else {
      requireSchedulerOrSelf(personId);
      Entities.require(Person.class, personId, "personId", "Person");
    }
    String secret = TokenSecrets.newSecret(SECRET_PREFIX);
    CalendarFeed feed = new CalendarFeed();
    feed.id = UUID.randomUUID();
    feed.rotationId = rotationId;
    feed.personId = personId;
    feed.tokenHash = TokenSecrets.hash(secret);
    feed.author = caller.name();
    feed.createdAt = clock.instant();
    feed.persist();
    return new CreatedCalendarFeedView(
        publicUrl.link("/calendar/" + secret + ".ics"), CalendarFeedView.of(feed));
  }

  /** Revokes a feed: its URL answers 404 from now on. Idempotent. */
  public CalendarFeedView revoke(UUID id) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    CalendarFeed feed = Entities.require(CalendarFeed.class, id, "id", "Calendar feed");
    if (feed.personId == null) {
      caller.require(Role.SCHEDULER);
    } else {
      requireSchedulerOrSelf(feed.personId);
    }
    if (feed.revokedAt == null) {
      feed.revokedAt = clock.instant();
    }
    return CalendarFeedView.of(feed);
  }

  /**
   * The iCalendar document of the active feed with this secret, covering {@code
   * dutyboard.calendar.past-weeks} before now to {@code future-weeks} after; empty for unknown or
   * revoked secrets.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<String> render(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
      return Optional.empty();
    }
    Optional<CalendarFeed> found = CalendarFeed.findActiveByHash(TokenSecrets.hash(secret));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CalendarFeed feed = found.get();
    Instant now = clock.instant();
    Instant from = now.minus(Duration.ofDays(7L * config.pastWeeks()));
    Instant to = now.plus(Duration.ofDays(7L * config.futureWeeks()));
    if (feed.rotationId != null) {
      return schedules
          .rotation(feed.rotationId)
          .map(
              s ->
                  ShiftCalendar.render(
                      s.rotation().name() + " (" + s.rotation().team().name() + ")",
                      now,
                      ShiftCalendar.events(s, from, to, null)));
    }
    return Person.<Person>findByIdOptional(feed.personId)
        .map(
            person -> {
              List<Event> events =
                  schedules.involving(person.id).stream()
                      .flatMap(
                          (RotationSchedule s) ->
                              ShiftCalendar.events(s, from, to, person.id).stream())
                      .toList();
              return ShiftCalendar.render(person.name + ": duty", now, events);
            });
  }

  private void requireSchedulerOrSelf(UUID personId) {
    if (!caller.has(Role.SCHEDULER) && !currentPerson.id().map(personId::equals).orElse(false)) {
      throw DutyboardException.forbidden(
          "Only a scheduler or the person themself can manage a person's calendar feed");
    }
  }
}
