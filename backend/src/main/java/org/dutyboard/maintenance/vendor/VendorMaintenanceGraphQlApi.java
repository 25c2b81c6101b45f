package org.dutyboard.maintenance.vendor;

import jakarta.inject.Inject;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.maintenance.MaintenanceWindowView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Vendor maintenance notifications over GraphQL. Thin. */
@GraphQLApi
@GraphQlBoundary
public class VendorMaintenanceGraphQlApi {
  @Inject VendorMaintenanceService service;
  @Inject VendorMaintenanceQueries queries;

  @Mutation("ingestMaintenanceNotification")
  @Description(
      "Reads a provider's maintenance notification (an iCalendar object in the BCOP"
          + " X-MAINTNOTE format) into internal, unpublished maintenance windows; later"
          + " notifications with a higher SEQUENCE update or cancel them. All or nothing: a"
          + " malformed calendar is VALIDATION and changes nothing. Needs INGEST or SCHEDULER.")
  public @NonNull List<@NonNull VendorNotificationResultView> ingestMaintenanceNotification(
      @NonNull @Description("The iCalendar text (text/calendar), e.g. the mail's .ics attachment.")
          String calendar) {
    return service.ingestCalendar(calendar);
  }

  @Description(
      "The provider's notification this window was made from (provider, circuits, impact); null"
          + " for windows people scheduled, and for callers without RESPONDER or SCHEDULER.")
  public List<VendorMaintenanceView> vendor(@Source List<MaintenanceWindowView> windows) {
    return queries.ofWindows(windows.stream().map(MaintenanceWindowView::id).toList());
  }
}
