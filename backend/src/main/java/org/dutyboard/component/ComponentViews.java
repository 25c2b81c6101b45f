package org.dutyboard.component;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;

/** Component entities to their GraphQL views. */
public final class ComponentViews {
  private ComponentViews() {}

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

  static ComponentOverrideEventView of(ComponentOverrideEvent e) {
    return new ComponentOverrideEventView(
        e.id, e.componentId, e.action, e.status, e.reason, e.until, e.actor, e.at);
  }

  /**
   * Views grouped by owner id (an incident, a maintenance window) from query rows of {@code (owner
   * id, Component)}, keeping the rows' order.
   */
  public static Map<UUID, List<ComponentView>> byOwner(List<Object[]> rows) {
    return Grouping.byKey(rows, row -> (UUID) row[0], row -> of((Component) row[1]));
  }
}
