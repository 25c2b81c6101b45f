package org.dutyboard.maintenance.vendor;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dutyboard.common.db.DatabaseUnavailable;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Receives vendor maintenance notifications from a mail pipe or a script: the iCalendar object
 * ({@code text/calendar}) or the whole mail ({@code message/rfc822}). Needs a bearer token with
 * INGEST (or SCHEDULER). 201 when a window was created, else 200, with what each maintenance did;
 * refusals are JSON with a reason and change nothing; 503 asks the sender to retry.
 */
@Path("/webhooks/maintenance-notifications")
public class VendorMaintenanceWebhookResource {
  private static final Logger LOG = Logger.getLogger(VendorMaintenanceWebhookResource.class);
  private static final String CALENDAR = "text/calendar";
  private static final String MAIL = "message/rfc822";

  @Inject Caller caller;
  @Inject VendorMaintenanceConfig config;
  @Inject VendorMaintenanceService service;

  /** The answer to an accepted notification. */
  @RegisterForReflection
  public record Receipt(List<VendorNotificationResultView> results) {}

  /** The answer to a refused one. */
  @RegisterForReflection
  public record Refusal(String error, String code, String field) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body)
      throws IOException {
    caller.requireAny(Role.INGEST, Role.SCHEDULER);
    int max = config.maxBodyBytes();
    byte[] bytes = body.readNBytes(max + 1);
    if (bytes.length > max) {
      body.transferTo(OutputStream.nullOutputStream()); // so the client reads the answer
      return refuse(413, "the body is larger than " + max + " bytes", "VALIDATION", "body");
    }
    String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    List<VendorNotificationResultView> results =
        switch (mediaType) {
          case CALENDAR -> service.ingestCalendar(new String(bytes, StandardCharsets.UTF_8));
          case MAIL -> service.ingestEmail(bytes);
          default -> throw new UnsupportedType("the body must be " + CALENDAR + " or " + MAIL);
        };
    boolean created =
        results.stream().anyMatch(r -> r.outcome() == VendorNotificationOutcome.CREATED);
    return Response.status(created ? 201 : 200).entity(new Receipt(results)).build();
  }

  private static final class UnsupportedType extends RuntimeException {
    UnsupportedType(String message) {
      super(message, null, false, false);
    }
  }

  private static Response refuse(int status, String error, String code, String field) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(new Refusal(error, code, field));
    if (status == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    if (status == 503) {
      response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  @ServerExceptionMapper
  Response unsupported(UnsupportedType e) {
    return refuse(415, e.getMessage(), "VALIDATION", "Content-Type");
  }

  @ServerExceptionMapper
  Response refused(DutyboardException e) {
    return refuse(e.code().httpStatus(), e.getMessage(), e.code().name(), e.field().orElse(null));
  }

  /** The database is away, or a person edited the same window at that moment: nothing written. */
  @ServerExceptionMapper
  Response concurrent(PersistenceException e) {
    if (DatabaseUnavailable.causedBy(e)) {
      DatabaseUnavailable.report(e);
      return refused(DutyboardException.unavailable());
    }
    LOG.infof(
        "Vendor notification rolled back by a concurrent change, asking for a retry: %s",
        e.getMessage());
    return refuse(503, "a concurrent change touched the same maintenance; retry", null, null);
  }
}
