package org.dutyboard.common.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.dutyboard.common.db.DatabaseUnavailable;
import org.dutyboard.common.graphql.GraphQlHttp;
import org.dutyboard.common.time.DateTimeInputs;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/** The one error presenter: translates whatever escapes a GraphQL API into the error model. */
@GraphQlBoundary
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class GraphQlBoundaryInterceptor {
  private static final Logger LOG = Logger.getLogger(GraphQlBoundaryInterceptor.class);

  @AroundInvoke
  Object translate(InvocationContext context) throws Exception {
    try {
      DateTimeInputs.check(context.getMethod(), context.getParameters());
      return context.proceed();
    } catch (DutyboardException e) {
      throw e;
    } catch (Exception e) {
      if (GraphQlHttp.clientGone()) {
        // Its transaction is rolled back by this exception; closed statements are the symptom.
        LOG.infof(
            "Client disconnected during %s; its work was abandoned (%s)",
            context.getMethod().getName(), e.getClass().getSimpleName());
        throw DutyboardException.conflict("The client disconnected; the request was abandoned");
      }
      throw translate(e);
    }
  }

  static DutyboardException translate(Throwable failure) {
    if (DatabaseUnavailable.causedBy(failure)) {
      DatabaseUnavailable.report(failure);
      return DutyboardException.unavailable();
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DutyboardException known) {
        return known;
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return DutyboardException.conflict(
            "The object was changed concurrently by someone else; reload and retry");
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return DutyboardException.conflict(
            "The change conflicts with existing data (a duplicate or a reference in use)");
      }
      if (t instanceof ConstraintViolationException cve
          && !cve.getConstraintViolations().isEmpty()) {
        ConstraintViolation<?> first = cve.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        return DutyboardException.validation(field, field + " " + first.getMessage());
      }
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(failure, "Internal error %s", errorId);
    return DutyboardException.internal(errorId);
  }
}
