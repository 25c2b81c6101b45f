package org.dutyboard.delivery;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.delivery.settings.TeamDelivery;

/**
 * The delivery rows as a work queue shared by every replica. A sender claims due rows in a short
 * transaction of its own (state SENDING, a lease and a claim token; {@code SKIP LOCKED}, so two
 * senders never take the same row), sends outside any transaction, and records the outcome only
 * while it still holds the claim. A sender that dies after claiming leaves the row SENDING; after
 * the lease another sender takes it over, so nothing is lost. Only a death between sending and
 * recording sends a message twice.
 */
@ApplicationScoped
public class DeliveryQueue {
  private static final int MAX_ERROR = 1000;
  private static final String CLAIM =
      """
      update delivery d
         set state = 'SENDING', attempts = d.attempts + 1, lease_until = :leaseUntil,
             claim = :claim, updated_at = :now
       where d.id in (select id from delivery
                       where (state in ('PENDING', 'RETRYING') and next_attempt_at <= :now)
                          or (state = 'SENDING' and lease_until <= :now)
                       order by next_attempt_at, id
                       limit :limit
                       for update skip locked)
      returning d.id""";

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject DeliveryConfig config;

  /** Claims up to {@code limit} due deliveries for this sender. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<ClaimedDelivery> claim(int limit) {
    Instant now = clock.instant();
    UUID claim = UUID.randomUUID();
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(CLAIM, UUID.class)
            .setParameter("leaseUntil", now.plus(config.lease()))
            .setParameter("claim", claim)
            .setParameter("now", now)
            .setParameter("limit", limit)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Delivery> rows =
        Delivery.list(
            "any_of(:ids, id) order by nextAttemptAt, id", Parameters.with("ids", AnyOf.ids(ids)));
    Map<UUID, TeamDelivery> settings =
        TeamDelivery.<TeamDelivery>list(
                "any_of(:ids, teamId)",
                Parameters.with(
                    "ids", AnyOf.ids(rows.stream().map(d -> d.teamId).distinct().toList())))
            .stream()
            .collect(Collectors.toMap(t -> t.teamId, Function.identity()));
    return rows.stream()
        .map(
            d -> {
              TeamDelivery to = settings.get(d.teamId);
              return new ClaimedDelivery(
                  d.id,
                  claim,
                  d.channel,
                  d.teamId,
                  d.meetingDate,
                  d.attempts,
                  d.subject,
                  d.bodyHtml,
                  d.bodyText,
                  to == null ? List.of() : Arrays.asList(to.recipients),
                  to == null ? null : to.chatWebhookUrl);
            })
        .toList();
  }

  /** Records a sent delivery; false if this sender no longer held the claim. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean sent(ClaimedDelivery d) {
    Instant now = clock.instant();
    return record(d, "sent_at = :now, last_error = null", Map.of("now", now), DeliveryState.SENT);
  }

  /**
   * Records a failed attempt: RETRYING after the backoff, or FAILED once the attempts are used up.
   * {@code error} is shown to SCHEDULERs: it must not hold secrets.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public DeliveryState failed(ClaimedDelivery d, String error) {
    Instant now = clock.instant();
    RetryBackoff backoff = backoff();
    DeliveryState next =
        backoff.exhausted(d.attempt()) ? DeliveryState.FAILED : DeliveryState.RETRYING;
    record(
        d,
        "next_attempt_at = :next, last_error = :error",
        Map.of(
            "next",
            now.plus(backoff.after(d.attempt())),
            "error",
            error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) + "…" : error),
        next);
    return next;
  }

  /** Records that the team no longer has a destination for this channel. */
  @Transactional(TxType.REQUIRES_NEW)
  public void cancelled(ClaimedDelivery d) {
    record(
        d,
        "last_error = :error",
        Map.of("error", "no " + d.channel().name().toLowerCase() + " destination is set any more"),
        DeliveryState.CANCELLED);
  }

  RetryBackoff backoff() {
    return new RetryBackoff(config.backoff(), config.maxBackoff(), config.maxAttempts());
  }

  private boolean record(
      ClaimedDelivery d, String set, Map<String, Object> values, DeliveryState state) {
    var update =
        em.createNativeQuery(
                "update delivery set "
                    + set
                    + ", state = :state, lease_until = null, updated_at = :updatedAt"
                    + " where id = :id and claim = :claim and state = 'SENDING'")
            .setParameter("state", state.name())
            .setParameter("updatedAt", clock.instant())
            .setParameter("id", d.id())
            .setParameter("claim", d.claim());
    values.forEach(update::setParameter);
    return update.executeUpdate() == 1;
  }
}
