package org.dutyboard.clinic.alertpage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.dutyboard.clinic.alertpage.AlertPageIngestion.Result;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.BadAlert;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Batch;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Rejected;
import org.dutyboard.common.db.DatabaseUnavailable;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Alertmanager's webhook receiver ({@code webhook_configs}, payload version 4). Needs a bearer API
 * token with the INGEST role. 4xx answers (which Alertmanager does not retry) carry a reason and
 * change nothing; 503 asks Alertmanager to retry.
 */
@Path("/webhooks/alertmanager")
public class AlertmanagerWebhookResource {
  private static final Logger LOG = Logger.getLogger(AlertmanagerWebhookResource.class);

  @Inject Caller caller;
  @Inject AlertmanagerConfig config;
  @Inject ObjectMapper json;
  @Inject AlertPageIngestion ingestion;

  /** The answer to an accepted delivery; {@code rejected} lists alerts that were set aside. */
  @RegisterForReflection
  public record Receipt(int created, int updated, int unchanged, List<BadAlert> rejected) {}

  /** The answer to a refused delivery. */
  @RegisterForReflection
  public record Refusal(String error, String field, List<BadAlert> rejected) {}

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(@QueryParam("rotation") String rotation, InputStream body)
      throws IOException {
    caller.require(Role.INGEST);
    int max = config.maxBodyBytes();
    byte[] bytes = body.readNBytes(max + 1);
    if (bytes.length > max) {
      // Drain what is left (bounded by quarkus.http.limits.max-body-size) so the client reads
      // the answer instead of a connection reset.
      body.transferTo(OutputStream.nullOutputStream());
      return refuse(413, "the body is larger than " + max + " bytes", null, List.of());
    }
    Batch batch;
    try {
      batch = AlertmanagerPayload.parse(bytes, json);
    } catch (Rejected e) {
      return refuse(400, e.getMessage(), e.field(), List.of());
    }
    if (batch.alerts().isEmpty()) {
      return refuse(400, "no alert in the notification is valid", "alerts", batch.bad());
    }
    batch
        .bad()
        .forEach(
            bad ->
                LOG.warnf(
                    "Alertmanager receiver %s: alert %d (%s) set aside: %s",
                    batch.receiver(), bad.index(), bad.fingerprint(), bad.reason()));
    Result result = ingestion.ingest(batch, rotation);
    return Response.ok(
            new Receipt(result.created(), result.updated(), result.unchanged(), batch.bad()))
        .build();
  }

  private static Response refuse(int status, String error, String field, List<BadAlert> bad) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(new Refusal(error, field, bad));
    if (status == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    if (status == 503) {
      response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  @ServerExceptionMapper
  Response authorization(DutyboardException e) {
    int status = e.code().httpStatus();
    return refuse(status, e.getMessage(), e.field().orElse(null), List.of());
  }

  /**
   * The database cannot be reached, or two deliveries of a new alert raced and the loser's
   * transaction rolled back: either way nothing was recorded and Alertmanager retries a 503.
   */
  @ServerExceptionMapper
  Response concurrentDelivery(PersistenceException e) {
    if (DatabaseUnavailable.causedBy(e)) {
      return unavailable(e);
    }
    LOG.infof(
        "Concurrent Alertmanager delivery rolled back, asking for a retry: %s", e.getMessage());
    return refuse(503, "a concurrent delivery recorded the same alert; retry", null, List.of());
  }

  private static Response unavailable(Throwable e) {
    DatabaseUnavailable.report(e);
    DutyboardException unavailable = DutyboardException.unavailable();
    return refuse(503, unavailable.getMessage(), null, List.of());
  }

  @ServerExceptionMapper
  Response unexpected(RuntimeException e) {
    if (DatabaseUnavailable.causedBy(e)) {
      return unavailable(e);
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Internal error %s", errorId);
    return refuse(500, "Internal error " + errorId + " (logged on the server)", null, List.of());
  }
}
