package org.dutyboard.site.model;

/**
 * The status an incident update gives one component from the update's time on.
 *
 * @param componentId id of a {@link PublicComponent} in the same snapshot
 * @param status the component's status from this update on (operational ends the disruption)
 */
public record AffectedComponent(String componentId, ComponentStatus status) {
  public AffectedComponent {
    componentId = Checks.id(componentId, "affectedComponent.componentId");
    Checks.required(status, "affectedComponent.status");
  }
}
