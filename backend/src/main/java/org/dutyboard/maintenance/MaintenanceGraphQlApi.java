package org.dutyboard.maintenance;

import jakarta.inject.Inject;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Scheduled maintenance over GraphQL. Thin. */
@GraphQLApi
@GraphQlBoundary
public class MaintenanceGraphQlApi {
  private static final String EXPECTED_VERSION =
      "The version you edited; CONFLICT if it changed since (also by an automatic transition).";

  @Inject MaintenanceQueries queries;
  @Inject MaintenanceService maintenance;

  @Query("maintenanceWindows")
  @Description(
      "Maintenance windows: UPCOMING and ACTIVE soonest first, PAST and all (no `when`) latest"
          + " first. Needs VIEWER; private fields need RESPONDER or SCHEDULER.")
  public @NonNull MaintenanceWindowConnection maintenanceWindows(
      @Description("Which ones; omit for all.") MaintenanceWhen when,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return MaintenanceWindowConnection.of(queries.list(when, SliceRequest.of(first, after)));
  }

  @Query("maintenanceWindow")
  @Description("One maintenance window, or null. Needs VIEWER.")
  public MaintenanceWindowView maintenanceWindow(
      @Description("The maintenance window.") @NonNull @Id String id) {
    return queries.get(Ids.parse(id, "id")).orElse(null);
  }

  @Mutation("scheduleMaintenanceWindow")
  @Description("Announces a maintenance window (status SCHEDULED). Needs SCHEDULER.")
  public @NonNull MaintenanceWindowView scheduleMaintenanceWindow(
      @Description("What to create.") @NonNull MaintenanceWindowInput input) {
    return maintenance.schedule(input);
  }

  @Mutation("updateMaintenanceWindow")
  @Description(
      "Replaces a window's content (not its status). CONFLICT once COMPLETED or CANCELLED. Needs"
          + " SCHEDULER.")
  public @NonNull MaintenanceWindowView updateMaintenanceWindow(
      @Description("The maintenance window.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull MaintenanceWindowInput input,
      @Description(EXPECTED_VERSION) Integer expectedVersion) {
    return maintenance.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("postMaintenanceUpdate")
  @Description(
      "Posts a public update; its status may move the window forward (e.g. VERIFYING, or"
          + " COMPLETED early), never back. Needs SCHEDULER.")
  public @NonNull MaintenanceWindowView postMaintenanceUpdate(
      @Description("The maintenance window.") @NonNull @Id String id,
      @Description("The update to post.") @NonNull MaintenanceUpdateInput input,
      @Description(EXPECTED_VERSION) Integer expectedVersion) {
    return maintenance.postUpdate(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("cancelMaintenanceWindow")
  @Description(
      "Calls off a SCHEDULED window; it leaves the status site (Statuspage has no cancelled"
          + " state). Needs SCHEDULER.")
  public @NonNull MaintenanceWindowView cancelMaintenanceWindow(
      @Description("The maintenance window.") @NonNull @Id String id,
      @Description("Why, at most 10,000 characters; recorded as its last update.") String reason,
      @Description(EXPECTED_VERSION) Integer expectedVersion) {
    return maintenance.cancel(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Mutation("setMaintenancePublished")
  @Description(
      "Shows a window on the public status site (true) or keeps it internal (false). Windows made"
          + " from vendor notifications start internal. Needs SCHEDULER.")
  public @NonNull MaintenanceWindowView setMaintenancePublished(
      @NonNull @Id @Description("The window.") String id,
      @NonNull @Description("true: on the status site; false: internal only.") Boolean published,
      @Description(EXPECTED_VERSION) Integer expectedVersion) {
    return maintenance.setPublished(Ids.parse(id, "id"), published, expectedVersion);
  }
}
