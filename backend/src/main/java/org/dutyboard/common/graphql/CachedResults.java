package org.dutyboard.common.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kept answers of read-only GraphQL operations and the executions under way, each labelled with the
 * data version read before it started and the instant of that read. An answer or an execution is
 * usable for a request that read version {@code v} at {@code now} when its version is at least
 * {@code v} (it saw every change the request must see) and it was read at most {@code max-age}
 * before {@code now} (a clock set back makes it unusable too). Memory is bounded by bytes ({@code
 * max-bytes}), least used first out.
 */
@ApplicationScoped
public class CachedResults {
  /** What makes two requests the same question: the caller's visibility is part of it. */
  public record Key(
      String document, String operationName, String variables, String extra, String caller) {
    int weight() {
      int name = operationName == null ? 0 : operationName.length();
      return 2 * (document.length() + name + variables.length() + extra.length() + caller.length())
          + 64;
    }
  }

  /** An answer: its bytes, the version and instant it was computed after, its entity tag. */
  public record Answer(long version, Instant readAt, byte[] body, String etag) {}

  /** One execution under way; identical requests wait for its answer (null: none to share). */
  public static final class Flight {
    final Key key;
    final long version;
    final Instant readAt;
    final CompletableFuture<Answer> answer = new CompletableFuture<>();

    Flight(Key key, long version, Instant readAt) {
      this.key = key;
      this.version = version;
      this.readAt = readAt;
    }
  }

  /** What a request does: serve a kept answer, wait for an identical execution, or execute. */
  public sealed interface Lookup {}

  public record Hit(Answer answer) implements Lookup {}

  public record Wait(Flight flight) implements Lookup {}

  public record Lead(Flight flight) implements Lookup {}

  private final Cache<Key, Answer> answers;
  private final ConcurrentHashMap<Key, Flight> flights = new ConcurrentHashMap<>();
  private final Duration maxAge;
  private final Counter hits;
  private final Counter notModified;
  private final Counter shared;
  private final Counter misses;

  @Inject
  public CachedResults(ResultCacheConfig config, MeterRegistry registry) {
    this.maxAge = config.maxAge();
    this.answers =
        Caffeine.newBuilder()
            .maximumWeight(config.maxBytes().asLongValue())
            .<Key, Answer>weigher((k, a) -> k.weight() + a.body().length + 2 * a.etag().length())
            .build();
    String name = "dutyboard.graphql.result.cache";
    String help =
        "GraphQL query answers: hit (from memory), not_modified (304), shared (waited for an"
            + " identical request's execution), miss (executed)";
    this.hits = Counter.builder(name).tag("outcome", "hit").description(help).register(registry);
    this.notModified =
        Counter.builder(name).tag("outcome", "not_modified").description(help).register(registry);
    this.shared =
        Counter.builder(name).tag("outcome", "shared").description(help).register(registry);
    this.misses = Counter.builder(name).tag("outcome", "miss").description(help).register(registry);
  }

  /**
   * A usable kept answer, else an identical execution under way to wait for, else a new execution
   * this request leads (it must end in {@link #land} or {@link #abandon}).
   */
  public Lookup lookup(Key key, long version, Instant now) {
    Answer kept = answers.getIfPresent(key);
    if (kept != null) {
      if (usable(kept.version(), kept.readAt(), version, now)) {
        return new Hit(kept);
      }
      answers.asMap().remove(key, kept); // stale for good: free its memory now
    }
    while (true) {
      Flight flight = flights.get(key);
      if (flight != null
          && !flight.answer.isDone()
          && usable(flight.version, flight.readAt, version, now)) {
        shared.increment();
        return new Wait(flight);
      }
      Flight mine = new Flight(key, version, now);
      boolean led =
          flight == null
              ? flights.putIfAbsent(key, mine) == null
              : flights.replace(key, flight, mine);
      if (led) {
        misses.increment();
        return new Lead(mine);
      }
    }
  }

  /** An execution no other request may share (the client asked to revalidate). */
  public Flight unshared(Key key, long version, Instant now) {
    misses.increment();
    return new Flight(key, version, now);
  }

  private boolean usable(long keptVersion, Instant keptAt, long version, Instant now) {
    return keptVersion >= version && !now.isBefore(keptAt) && now.isBefore(keptAt.plus(maxAge));
  }

  /** Counts an answer served from memory: a 304 when the client already holds it, else bytes. */
  public void served(boolean asNotModified) {
    (asNotModified ? notModified : hits).increment();
  }

  /** Keeps the answer of {@code flight}'s execution and hands it to its waiting requests. */
  public Answer land(Flight flight, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Answer answer = new Answer(flight.version, flight.readAt, bytes, etag(flight.version, bytes));
    // A slow execution that read an older version never replaces a newer answer.
    answers.asMap().merge(flight.key, answer, (kept, fresh) -> newer(kept, fresh) ? kept : fresh);
    flights.remove(flight.key, flight);
    flight.answer.complete(answer);
    return answer;
  }

  /** Ends {@code flight} without an answer to share (errors, a mutation); no-op once landed. */
  public void abandon(Flight flight) {
    flights.remove(flight.key, flight);
    flight.answer.complete(null);
  }

  private static boolean newer(Answer a, Answer b) {
    return a.version() != b.version() ? a.version() > b.version() : a.readAt().isAfter(b.readAt());
  }

  /** Strong entity tag: the data version and a digest of the bytes (time may change them). */
  static String etag(long version, byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
