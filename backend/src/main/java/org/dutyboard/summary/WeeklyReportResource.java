package org.dutyboard.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.ErrorCode;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.publish.PublishedFiles;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Serves the published weekly duty report read-only at {@code /reports/} to callers with the VIEWER
 * role (a bearer token): it is internal and names people. Anonymous callers get 401.
 */
@Path("/reports")
public class WeeklyReportResource {
  @Inject WeeklyReportPublisher publisher;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Path("{path: .*}")
  public Response file(@PathParam("path") String path) throws IOException {
    caller.require(Role.VIEWER);
    return new PublishedFiles(
            publisher.outputDir(),
            "private, max-age=60",
            "No week of the weekly report has been published yet.")
        .serve(path, uri);
  }

  @ServerExceptionMapper
  Response refused(DutyboardException e) {
    Response.ResponseBuilder response =
        Response.status(e.code() == ErrorCode.UNAUTHENTICATED ? 401 : 403)
            .type(MediaType.TEXT_PLAIN_TYPE)
            .entity(e.getMessage());
    if (e.code() == ErrorCode.UNAUTHENTICATED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return response.build();
  }
}
