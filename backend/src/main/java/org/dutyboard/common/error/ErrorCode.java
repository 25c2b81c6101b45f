package org.dutyboard.common.error;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The stable value of {@code extensions.code} on every GraphQL error Dutyboard returns. */
@Enum("ErrorCode")
@Description("Stable machine-readable code carried in `extensions.code` of every GraphQL error.")
public enum ErrorCode {
  @Description(
      "The input is invalid; `extensions.field` names the offending field. Nothing was written.")
  VALIDATION,
  @Description("The referenced object does not exist or is not visible to the caller.")
  NOT_FOUND,
  @Description(
      "The change conflicts with the current state (stale version, invalid transition, duplicate).")
  CONFLICT,
  @Description("The caller is authenticated but lacks the role this operation needs.")
  FORBIDDEN,
  @Description(
      "The operation needs an authenticated caller and none (or an invalid token) was presented.")
  UNAUTHENTICATED,
  @Description("An unexpected server error; `extensions.errorId` identifies it in the server log.")
  INTERNAL,
  @Description(
      "A dependency (the database) cannot be reached right now. Nothing was written; retry the"
          + " same request after a few seconds.")
  UNAVAILABLE;

  /** The HTTP status a plain HTTP endpoint answers with for this error. */
  public int httpStatus() {
    return switch (this) {
      case VALIDATION -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case INTERNAL -> 500;
      case UNAVAILABLE -> 503;
    };
  }
}
