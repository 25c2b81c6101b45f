package org.dutyboard.common.error;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.dutyboard.common.db.DatabaseUnavailable;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The error model for plain HTTP endpoints that do not map errors themselves: a {@link
 * DutyboardException} becomes its code's status, and an unreachable database becomes 503 with
 * {@code Retry-After} instead of a 500 (or a 401 from a token lookup that could not run).
 */
public class RestErrorMappers {
  private static final Logger LOG = Logger.getLogger(RestErrorMappers.class);

  @ServerExceptionMapper
  public Response refused(DutyboardException e) {
    Response.ResponseBuilder response =
        Response.status(e.code().httpStatus())
            .type(MediaType.TEXT_PLAIN_TYPE)
            .entity(e.getMessage());
    if (e.code() == ErrorCode.UNAUTHENTICATED) {
      response.header("WWW-Authenticate", "Bearer");
    }
    if (e.code() == ErrorCode.UNAVAILABLE) {
      response.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  @ServerExceptionMapper
  public Response database(PersistenceException e) {
    if (DatabaseUnavailable.causedBy(e)) {
      DatabaseUnavailable.report(e);
      return refused(DutyboardException.unavailable());
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Internal error %s", errorId);
    return refused(DutyboardException.internal(errorId));
  }
}
