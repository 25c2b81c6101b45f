package org.dutyboard.common.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one error type services throw. Its message is shown to clients, so it never contains
 * internals. Implementing {@link GraphQLError} lets the GraphQL layer copy {@link #getExtensions()}
 * ({@code code}, {@code field}, {@code errorId}) into the response unchanged.
 */
public class DutyboardException extends RuntimeException implements GraphQLError {
  private final ErrorCode code;
  private final String field;
  private final String errorId;

  private DutyboardException(ErrorCode code, String field, String errorId, String message) {
    super(message, null, false, false);
    this.code = code;
    this.field = field;
    this.errorId = errorId;
  }

  public static DutyboardException validation(String field, String message) {
    return new DutyboardException(ErrorCode.VALIDATION, field, null, message);
  }

  public static DutyboardException notFound(String field, String what, Object id) {
    return new DutyboardException(ErrorCode.NOT_FOUND, field, null, what + " " + id + " not found");
  }

  public static DutyboardException conflict(String message) {
    return new DutyboardException(ErrorCode.CONFLICT, null, null, message);
  }

  public static DutyboardException conflict(String field, String message) {
    return new DutyboardException(ErrorCode.CONFLICT, field, null, message);
  }

  public static DutyboardException staleVersion(String what, int expected, long actual) {
    return new DutyboardException(
        ErrorCode.CONFLICT,
        "expectedVersion",
        null,
        what
            + " was changed by someone else (expected version "
            + expected
            + ", current "
            + actual
            + "); reload and retry");
  }

  /** Optimistic locking for clients: fails when the caller edited an older version. */
  public static void checkVersion(String what, Integer expected, long actual) {
    if (expected != null && expected != actual) {
      throw staleVersion(what, expected, actual);
    }
  }

  public static DutyboardException forbidden(String message) {
    return new DutyboardException(ErrorCode.FORBIDDEN, null, null, message);
  }

  public static DutyboardException unauthenticated() {
    return new DutyboardException(
        ErrorCode.UNAUTHENTICATED,
        null,
        null,
        "Authentication required: send a valid bearer token");
  }

  public static DutyboardException unauthenticated(String reason) {
    return new DutyboardException(ErrorCode.UNAUTHENTICATED, null, null, reason);
  }

  /** An unexpected failure: the client sees only the id under which it was logged. */
  public static DutyboardException internal(String errorId) {
    return new DutyboardException(
        ErrorCode.INTERNAL, null, errorId, "Internal error " + errorId + " (logged on the server)");
  }

  /** The database (or another dependency) cannot be reached: the caller should retry later. */
  public static DutyboardException unavailable() {
    return new DutyboardException(
        ErrorCode.UNAVAILABLE,
        null,
        null,
        "The service cannot reach its database right now; nothing was changed, retry shortly");
  }

  public ErrorCode code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  @Override
  public Map<String, Object> getExtensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code.name());
    if (field != null) {
      extensions.put("field", field);
    }
    if (errorId != null) {
      extensions.put("errorId", errorId);
    }
    return extensions;
  }

  @Override
  public List<SourceLocation> getLocations() {
    return null;
  }

  @Override
  public ErrorClassification getErrorType() {
    return ErrorClassification.errorClassification(code.name());
  }
}
