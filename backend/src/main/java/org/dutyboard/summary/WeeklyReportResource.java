package org.dutyboard.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.ErrorCode;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.publish.PublishedFiles;
import org.dutyboard.publish.PublishedSites;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Serves the published weekly duty report read-only at {@code /reports/} to callers with the VIEWER
 * role (a bearer token): it is internal and names people. Anonymous callers get 401.
 */
@Path("/reports")
public class WeeklyReportResource {
  @Inject PublishedSites sites;
  @Inject Caller caller;
  @Context UriInfo uri;
  @Context Request request;

  @GET
  @Path("{path: .*}")
  public Response file(@PathParam("path") String path) {
    caller.require(Role.VIEWER);
    return new PublishedFiles(
            sites,
            WeeklyReportPublisher.SITE,
            "private, max-age=60",
            "No week of the weekly report has been published yet.",
            Map.of())
        .serve(path, uri, request);
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
