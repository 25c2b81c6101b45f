package org.dutyboard.component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Component")
@Description("A part of the service the public status page reports on.")
public record ComponentView(
    @Id @NonNull @Description("Stable id (a UUID).") UUID id,
    @NonNull @Description("Unique name shown on the status page.") String name,
    @Description("What the component is, for readers of the status page.") String description,
    @Description("Heading it is grouped under on the status page; null when ungrouped.")
        String group,
    @Description("Position on the status page; lower first.") int displayOrder,
    @Description("Hidden on the status page while operational.") boolean showOnlyWhenDegraded,
    @Description(
            "Status set by hand (replaces the derived status on the status site); null when none.")
        ComponentStatus statusOverride,
    @Description("When the manual status stops applying; null for \"until cleared\".")
        Instant statusOverrideUntil,
    @Description("Version for optimistic locking; pass it back as `expectedVersion`.")
        int version) {

  public static ComponentView of(Component c) {
    return new ComponentView(
        c.id,
        c.name,
        c.description,
        c.groupName,
        c.displayOrder,
        c.showOnlyWhenDegraded,
        c.overrideStatus,
        c.overrideUntil,
        (int) c.version);
  }

  /**
   * Views grouped by owner id (an incident, a maintenance window) from query rows of {@code (owner
   * id, Component)}, keeping the rows' order.
   */
  public static Map<UUID, List<ComponentView>> byOwner(List<Object[]> rows) {
    Map<UUID, List<ComponentView>> byOwner = new HashMap<>();
    for (Object[] row : rows) {
      byOwner.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(of((Component) row[1]));
    }
    return byOwner;
  }
}
