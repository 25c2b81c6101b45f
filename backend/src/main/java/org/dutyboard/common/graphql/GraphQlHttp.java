package org.dutyboard.common.graphql;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.dutyboard.common.error.LogText;
import org.jboss.logging.Logger;

/**
 * GraphQL over HTTP in front of the SmallRye endpoint: refuses malformed requests with a typed 4xx
 * before the engine sees them (which would answer 500), negotiates the response media type, and
 * answers 400 to {@code application/graphql-response+json} clients when the request itself failed
 * (parse, validation, variables, limits), as the GraphQL-over-HTTP spec asks.
 */
@ApplicationScoped
public class GraphQlHttp {
  static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  static final String JSON = "application/json";
  private static final Logger LOG = Logger.getLogger(GraphQlHttp.class);
  private static final Object OUTCOME = new Object();

  /** The engine's own limit is far larger; deeper JSON is a hostile client, not a dashboard. */
  private static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** Filled by the engine while the request runs; read when the response headers go out. */
  static final class Outcome {
    final HttpServerResponse response;
    volatile boolean requestError;
    volatile boolean documentParsed;

    /** Set when the answer may be kept and shared by {@link GraphQlResultCache}. */
    volatile GraphQlResultCache.Pending pending;

    /** The entity tag of the answer the engine is writing, once kept. */
    volatile String etag;

    Outcome(HttpServerResponse response) {
      this.response = response;
    }
  }

  @Inject GraphQlResultCache resultCache;

  /** Injecting the limits here registers their mapping for {@link GraphQlEngineSetup}. */
  void install(@Observes Router router, QueryLimitsConfig limits) {
    LOG.debugf("GraphQL limits: depth %d, cost %d", limits.maxDepth(), limits.maxCost());
    router
        .route(HttpMethod.POST, "/graphql")
        .order(-10)
        .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(this::gate)
        .failureHandler(GraphQlHttp::clientLeft);
  }

  /** A client that closes the connection while its body is still arriving is no server error. */
  private static void clientLeft(RoutingContext ctx) {
    if (ctx.failure() instanceof HttpClosedException || ctx.response().closed()) {
      LOG.infof("GraphQL client %s disconnected mid-request", ctx.request().remoteAddress());
      return;
    }
    ctx.next();
  }

  /** Called by the engine (on the request's Vert.x context) when a result has no data. */
  static void markRequestError() {
    Outcome outcome = current();
    if (outcome != null) {
      outcome.requestError = true;
    }
  }

  /** Called by the engine (on the request's Vert.x context) once the document has parsed. */
  static void markDocumentParsed() {
    Outcome outcome = current();
    if (outcome != null) {
      outcome.documentParsed = true;
    }
  }

  /** Called by the engine (on the request's Vert.x context) once an operation has executed. */
  static void markExecuted(io.smallrye.graphql.api.Context context) {
    Outcome outcome = current();
    if (outcome != null && outcome.pending != null) {
      outcome.etag = GraphQlResultCache.keep(outcome.pending, context);
    }
  }

  /** True when the client of the GraphQL request running on this thread has disconnected. */
  public static boolean clientGone() {
    Outcome outcome = current();
    return outcome != null && outcome.response.closed();
  }

  private static Outcome current() {
    Context context = Vertx.currentContext();
    return context != null && context.getLocal(OUTCOME) instanceof Outcome outcome ? outcome : null;
  }

  private void gate(RoutingContext ctx) {
    String mediaType = negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
    if (mediaType == null) {
      refuse(ctx, 406, JSON, "accept", "Accept must allow " + GRAPHQL_RESPONSE + " or " + JSON);
      return;
    }
    String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType == null
        || !(contentType.startsWith(JSON) || contentType.startsWith("application/graphql"))) {
      refuse(ctx, 415, mediaType, "content-type", "Send the request as Content-Type: " + JSON);
      return;
    }
    JsonObject request = null;
    if (contentType.startsWith(JSON)) {
      Body body = parseBody(ctx.body().buffer());
      if (body.problem() != null) {
        refuse(ctx, 400, mediaType, body.problem().field(), body.problem().message());
        return;
      }
      request = body.request();
    }
    Outcome outcome = new Outcome(ctx.response());
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(OUTCOME, outcome);
    }
    ctx.addHeadersEndHandler(
        v -> {
          if (ctx.response().getStatusCode() != 200) {
            return;
          }
          ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
          if (outcome.etag != null) {
            ctx.response().putHeader(HttpHeaders.ETAG, outcome.etag);
          }
          // A 200 from the engine for a document that never parsed is SmallRye's syntax error.
          boolean requestFailed = outcome.requestError || !outcome.documentParsed;
          if (requestFailed && mediaType.equals(GRAPHQL_RESPONSE)) {
            ctx.response().setStatusCode(400).setStatusMessage("Bad Request");
          }
        });
    resultCache.handle(ctx, outcome, request);
  }

  /**
   * The response media type for an {@code Accept} header (null: none given), or null if the client
   * accepts neither: {@code application/graphql-response+json} when it comes first by weight,
   * {@code application/json} for {@code application/json}, {@code *}{@code /*} or no header.
   */
  static String negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    String chosen = null;
    double best = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double weight = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].trim();
        if (parameter.startsWith("q=")) {
          try {
            weight = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            weight = 0;
          }
        }
      }
      String media =
          switch (type) {
            case GRAPHQL_RESPONSE, "application/graphql+json" -> GRAPHQL_RESPONSE;
            case JSON, "application/*", "*/*" -> JSON;
            default -> null;
          };
      if (media != null && weight > best) {
        chosen = media;
        best = weight;
      }
    }
    return chosen;
  }

  /** What is wrong with a request body, naming the offending request parameter. */
  record Problem(String field, String message) {}

  /** A JSON request body: the request, or the problem that makes it none. */
  record Body(JsonObject request, Problem problem) {
    static Body refused(String field, String message) {
      return new Body(null, new Problem(field, message));
    }
  }

  /** The GraphQL request in a JSON body, or the problem when it is none. */
  static Body parseBody(Buffer body) {
    if (body == null || body.length() == 0) {
      return Body.refused("body", "The request body is empty; send {\"query\": \"...\"}");
    }
    Object parsed;
    try {
      parsed = Json.decodeValue(body);
    } catch (DecodeException e) {
      return Body.refused(
          "body", "The request body is not valid JSON (or nests deeper than 1000 levels)");
    }
    if (!(parsed instanceof JsonObject request)) {
      return Body.refused("body", "The request body must be a JSON object");
    }
    Problem problem = checkFields(request);
    return new Body(problem == null ? request : null, problem);
  }

  /** The problem when a JSON object is not a GraphQL request, else null. */
  private static Problem checkFields(JsonObject request) {
    if (!(request.getValue("query") instanceof String)) {
      return new Problem("query", "query must be a string holding a GraphQL document");
    }
    Object operationName = request.getValue("operationName");
    if (operationName != null && !(operationName instanceof String)) {
      return new Problem("operationName", "operationName must be a string or null");
    }
    for (String map : new String[] {"variables", "extensions"}) {
      Object value = request.getValue(map);
      if (value != null && !(value instanceof JsonObject)) {
        String kind = value instanceof JsonArray ? "an array" : "a " + kindOf(value);
        return new Problem(map, map + " must be a JSON object or null, not " + kind);
      }
    }
    return null;
  }

  private static String kindOf(Object value) {
    return value instanceof String ? "string" : value instanceof Number ? "number" : "boolean";
  }

  private static void refuse(
      RoutingContext ctx, int status, String mediaType, String field, String message) {
    LOG.infof(
        "Refused GraphQL request (%d) from %s: %s",
        status, ctx.request().remoteAddress(), LogText.escape(message));
    JsonObject error =
        new JsonObject()
            .put("message", message)
            .put("extensions", new JsonObject().put("code", "VALIDATION").put("field", field));
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
        .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
  }
}
