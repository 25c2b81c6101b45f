package org.dutyboard.publish;

import jakarta.inject.Inject;
import org.dutyboard.common.error.GraphQlBoundary;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Publishing the public status site on demand. */
@GraphQLApi
@GraphQlBoundary
public class StatusSiteGraphQlApi {
  @Inject StatusSitePublisher publisher;

  @Mutation("publishStatusSite")
  @Description(
      "Builds the public status site from public data now and publishes it atomically (the"
          + " scheduled job does the same every `dutyboard.status-site.interval`). Needs ADMIN.")
  public @NonNull StatusSitePublication publishStatusSite() {
    return publisher.publishNow();
  }
}
