package org.dutyboard.publish;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;

/** Serves the live version of the public status site read-only at {@code /status/}, no login. */
@Path("/status")
public class StatusSiteResource {
  @Inject StatusSitePublisher publisher;
  @Context UriInfo uri;

  @GET
  @Path("{path: .*}")
  public Response file(@PathParam("path") String path) throws IOException {
    return new PublishedFiles(
            publisher.outputDir(),
            "public, max-age=60",
            "The status site has not been published yet.")
        .serve(path, uri);
  }
}
