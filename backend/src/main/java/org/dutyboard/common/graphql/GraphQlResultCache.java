package org.dutyboard.common.graphql;

import graphql.ExecutionResult;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.dutyboard.common.db.DataVersion;
import org.dutyboard.common.db.DataVersion.Read;
import org.dutyboard.common.graphql.CachedResults.Answer;
import org.dutyboard.common.graphql.CachedResults.Flight;
import org.dutyboard.common.graphql.CachedResults.Hit;
import org.dutyboard.common.graphql.CachedResults.Key;
import org.dutyboard.common.graphql.CachedResults.Lead;
import org.dutyboard.common.graphql.CachedResults.Wait;
import org.dutyboard.common.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Answers a repeated GraphQL query from {@link CachedResults} without executing it, lets identical
 * concurrent requests share one execution, and keeps the answers of successful queries. Per
 * request: the caller's identity (its visibility is part of the key), then the data version (one
 * SELECT after the request arrived and before any data is read, which an API token's authentication
 * has made already), then a kept answer (200 with its bytes, or 304 when {@code If-None-Match}
 * names its {@code ETag}), an identical execution under way to wait for, or the normal execution.
 * Mutations and subscriptions never get an answer: only an execution that turned out to be a query
 * without errors is kept or shared, and a request waiting for one that is not executes itself.
 * {@code Cache-Control: no-cache} executes (and keeps the fresh answer), {@code no-store} bypasses
 * the cache.
 */
@ApplicationScoped
public class GraphQlResultCache {
  /** Longest a request waits for an identical execution before it executes itself. */
  static final long MAX_WAIT_MILLIS = 10_000;

  @Inject CachedResults cache;
  @Inject DataVersion dataVersion;
  @Inject Clock clock;
  @Inject ResultCacheConfig config;

  /** What an execution needs to keep and share its answer; set on the request's outcome. */
  record Pending(CachedResults cache, Flight flight) {}

  /** Answers {@code ctx} from the cache or passes it on ({@code ctx.next()}). Event loop. */
  void handle(RoutingContext ctx, GraphQlHttp.Outcome outcome, JsonObject request) {
    String cacheControl = ctx.request().getHeader(HttpHeaders.CACHE_CONTROL);
    if (!config.enabled() || request == null || directive(cacheControl, "no-store")) {
      ctx.next();
      return;
    }
    boolean revalidate = directive(cacheControl, "no-cache");
    io.vertx.core.Context vertxContext = ctx.vertx().getOrCreateContext();
    QuarkusHttpUser.getSecurityIdentity(ctx, null)
        .subscribe()
        .with(
            identity ->
                vertxContext.runOnContext(
                    v -> withCaller(ctx, outcome, request, identity, revalidate)),
            failure -> vertxContext.runOnContext(v -> ctx.next()));
  }

  private void withCaller(
      RoutingContext ctx,
      GraphQlHttp.Outcome outcome,
      JsonObject request,
      SecurityIdentity identity,
      boolean revalidate) {
    String caller = visibilityOf(identity);
    if (caller == null) {
      ctx.next();
      return;
    }
    Key key = keyOf(ctx, request, caller);
    Optional<Read> authenticated = Read.keptOn(ctx);
    if (authenticated.isPresent()) { // read by the token's authentication, after arrival
      withVersion(ctx, outcome, key, authenticated.get(), revalidate);
      return;
    }
    ctx.vertx()
        .executeBlocking(() -> new Read(dataVersion.current(), clock.instant()), false)
        .onComplete(
            read -> {
              if (read.failed()) { // the execution reports an unreachable database itself
                ctx.next();
              } else {
                withVersion(ctx, outcome, key, read.result(), revalidate);
              }
            });
  }

  private void withVersion(
      RoutingContext ctx, GraphQlHttp.Outcome outcome, Key key, Read read, boolean revalidate) {
    if (revalidate) {
      execute(ctx, outcome, cache.unshared(key, read.version(), read.at()));
      return;
    }
    CachedResults.Lookup lookup = cache.lookup(key, read.version(), read.at());
    if (lookup instanceof Hit hit) {
      answer(ctx, outcome, hit.answer(), cache);
    } else if (lookup instanceof Wait wait) {
      await(ctx, outcome, wait.flight());
    } else {
      execute(ctx, outcome, ((Lead) lookup).flight());
    }
  }

  /** Runs the engine; its answer lands in the cache (or the flight is abandoned) when it ends. */
  private void execute(RoutingContext ctx, GraphQlHttp.Outcome outcome, Flight flight) {
    outcome.pending = new Pending(cache, flight);
    ctx.addEndHandler(v -> cache.abandon(flight)); // no answer kept (error, refused, client gone)
    ctx.next();
  }

  /** Serves the answer of an identical execution, or executes itself when it has none to share. */
  private void await(RoutingContext ctx, GraphQlHttp.Outcome outcome, Flight flight) {
    io.vertx.core.Context vertxContext = ctx.vertx().getOrCreateContext();
    long timer =
        ctx.vertx()
            .setTimer(MAX_WAIT_MILLIS, t -> flight.answer.complete(null)); // never waits forever
    flight.answer.whenComplete(
        (answer, failure) ->
            vertxContext.runOnContext(
                v -> {
                  ctx.vertx().cancelTimer(timer);
                  if (ctx.response().ended() || ctx.response().closed()) {
                    return;
                  }
                  if (answer == null) {
                    execute(
                        ctx, outcome, cache.unshared(flight.key, flight.version, flight.readAt));
                  } else {
                    answer(ctx, outcome, answer, null);
                  }
                }));
  }

  /**
   * Writes a kept answer: a 304 when the client holds these bytes already. Counts it as served from
   * memory first when {@code counted} is given (before the client can see the answer).
   */
  private static void answer(
      RoutingContext ctx, GraphQlHttp.Outcome outcome, Answer answer, CachedResults counted) {
    boolean notModified =
        matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag());
    if (counted != null) {
      counted.served(notModified);
    }
    var response = ctx.response().putHeader(HttpHeaders.ETAG, answer.etag());
    if (notModified) {
      response.setStatusCode(304).end();
    } else {
      outcome.documentParsed = true; // it parsed when the answer was kept
      response.setStatusCode(200).end(Buffer.buffer(answer.body()));
    }
  }

  /**
   * Called by the engine once an operation has executed, on the request's context: keeps and shares
   * the answer of a query without errors, exactly as the engine is about to write it, and returns
   * its entity tag; else abandons the flight and returns null.
   */
  static String keep(Pending pending, Context context) {
    ExecutionResult result = context.unwrap(ExecutionResult.class);
    if (result == null
        || !onlyQueries(context)
        || !result.getErrors().isEmpty()
        || !result.isDataPresent()
        || !(context instanceof SmallRyeContext smallRye)) {
      pending.cache().abandon(pending.flight());
      return null;
    }
    String body =
        new ExecutionResponse(result, smallRye.getAddedExtensions()).getExecutionResultAsString();
    return pending.cache().land(pending.flight(), body).etag();
  }

  /** Whether every operation of the document is a query (the engine fills this in as it parses). */
  private static boolean onlyQueries(Context context) {
    var types = context.getRequestedOperationTypes();
    return types != null
        && !types.isEmpty()
        && types.stream().allMatch(type -> "query".equalsIgnoreCase(type));
  }

  private static Key keyOf(RoutingContext ctx, JsonObject request, String caller) {
    JsonObject variables = request.getJsonObject("variables");
    JsonObject extensions = request.getJsonObject("extensions");
    // The engine picks the locale of messages from Accept-Language; kept answers have no errors,
    // but the key holds it so no answer ever crosses languages.
    String language =
        Objects.requireNonNullElse(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), "");
    return new Key(
        request.getString("query"),
        request.getString("operationName"),
        variables == null ? "" : variables.encode(),
        (extensions == null ? "" : extensions.encode()) + "|" + language,
        caller);
  }

  /**
   * The caller's visibility class: everything authorization and visibility decisions read (the
   * principal, its roles, the person it acts for and the claims that name that person); "anonymous"
   * for every anonymous caller; null (never cached) when a token was rejected or could not be
   * checked, so those callers always get their own, freshly computed error.
   */
  static String visibilityOf(SecurityIdentity identity) {
    if (identity == null
        || identity.getAttribute(Caller.AUTHENTICATION_FAILURE) != null
        || identity.getAttribute(Caller.AUTHENTICATION_UNAVAILABLE) != null) {
      return null;
    }
    if (identity.isAnonymous()) {
      return "anonymous";
    }
    StringBuilder key = new StringBuilder();
    key.append(identity.getPrincipal().getClass().getName())
        .append('|')
        .append(identity.getPrincipal().getName())
        .append('|')
        .append(new TreeSet<>(identity.getRoles()))
        .append('|')
        .append((Object) identity.getAttribute(Caller.PERSON_ID));
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      key.append('|')
          .append(jwt.getIssuer())
          .append('|')
          .append(jwt.getSubject())
          .append('|')
          .append((Object) jwt.getClaim("preferred_username"))
          .append('|')
          .append((Object) jwt.getClaim("upn"));
    }
    return key.toString();
  }

  /** Whether a Cache-Control header holds a directive (case-insensitive, arguments ignored). */
  static boolean directive(String cacheControl, String name) {
    if (cacheControl == null) {
      return false;
    }
    for (String part : cacheControl.split(",")) {
      String directive = part.trim().toLowerCase(Locale.ROOT);
      if (directive.equals(name) || directive.startsWith(name + "=")) {
        return true;
      }
    }
    return false;
  }

  /** Whether If-None-Match names {@code etag} (or is {@code *}); weak tags compare weakly. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String part : ifNoneMatch.split(",")) {
      String tag = part.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
