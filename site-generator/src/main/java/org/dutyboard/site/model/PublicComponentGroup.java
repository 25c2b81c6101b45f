package org.dutyboard.site.model;

/**
 * A named group of components on the public page.
 *
 * @param id stable id (safe for URLs); shares the id space with components
 * @param name public name
 * @param description optional public description, null for none
 * @param displayOrder position among top-level entries (groups and ungrouped components)
 */
public record PublicComponentGroup(String id, String name, String description, int displayOrder) {
  public PublicComponentGroup {
    id = Checks.id(id, "group.id");
    name = Checks.text(name, "group.name", Checks.MAX_NAME);
    description = Checks.optionalText(description, "group.description", Checks.MAX_BODY);
  }
}
