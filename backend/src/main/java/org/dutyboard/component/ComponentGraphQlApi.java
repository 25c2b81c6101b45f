package org.dutyboard.component;

import jakarta.inject.Inject;
import java.util.List;
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

/** The status-page component catalogue over GraphQL. */
@GraphQLApi
@GraphQlBoundary
public class ComponentGraphQlApi {
  @Inject ComponentQueries queries;
  @Inject ComponentService components;
  @Inject ComponentOverrideService overrides;

  @Query("components")
  @Description(
      "All status-page components ordered by group, display order and name. Public: needs no"
          + " token.")
  public @NonNull List<@NonNull ComponentView> components() {
    return queries.components();
  }

  @Mutation("createComponent")
  @Description("Adds a component to the catalogue. Needs ADMIN.")
  public @NonNull ComponentView createComponent(
      @Description("What to create.") @NonNull ComponentInput input) {
    return components.create(input);
  }

  @Mutation("updateComponent")
  @Description("Replaces a component's settings. Needs ADMIN.")
  public @NonNull ComponentView updateComponent(
      @Description("The component.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull ComponentInput input,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return components.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("setComponentStatusOverride")
  @Description(
      "Sets a component's status by hand, with a reason and optionally until when; it replaces the"
          + " derived status on the status site and is recorded in the override history. Needs"
          + " ADMIN.")
  public @NonNull ComponentView setComponentStatusOverride(
      @Description("The component.") @NonNull @Id String id,
      @Description("The manual status, why, and until when.") @NonNull ComponentOverrideInput input,
      @Description("The component version you saw; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return overrides.set(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("clearComponentStatusOverride")
  @Description(
      "Clears a component's manual status (recorded in the override history); the derived status"
          + " applies again. CONFLICT when none is set. Needs ADMIN.")
  public @NonNull ComponentView clearComponentStatusOverride(
      @Description("The component.") @NonNull @Id String id,
      @Description("Why, at most 2,000 characters.") String reason,
      @Description("The component version you saw; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return overrides.clear(Ids.parse(id, "id"), reason, expectedVersion);
  }

  @Query("componentStatusOverrides")
  @Description("A component's override history (sets and clears), newest first. Needs VIEWER.")
  public @NonNull ComponentOverrideEventConnection componentStatusOverrides(
      @Description("The component.") @NonNull @Id String componentId,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return ComponentOverrideEventConnection.of(
        queries.overrideHistory(
            Ids.parse(componentId, "componentId"), SliceRequest.of(first, after)));
  }

  @Mutation("deleteComponent")
  @Description("Removes a component no incident or maintenance window refers to. Needs ADMIN.")
  public boolean deleteComponent(
      @Description("The component.") @NonNull @Id String id,
      @Description("The version you saw; CONFLICT if it changed since. Omit to delete regardless.")
          Integer expectedVersion) {
    return components.delete(Ids.parse(id, "id"), expectedVersion);
  }
}
