package org.dutyboard.common.error;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Puts {@link ErrorCode} into the schema, so each code's meaning is documented in the SDL. */
@GraphQLApi
public class ErrorCodeGraphQlApi {
  @Query("errorCodes")
  @Description(
      "Every value `extensions.code` of an error can take, with its meaning. Public: needs no"
          + " token.")
  public @NonNull List<@NonNull ErrorCode> errorCodes() {
    return List.of(ErrorCode.values());
  }
}
