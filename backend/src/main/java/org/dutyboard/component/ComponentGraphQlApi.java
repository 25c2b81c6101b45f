package org.dutyboard.component;

import jakarta.inject.Inject;
import java.util.List;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
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
  @Inject ComponentService components;

  @Query("components")
  @Description(
      "All status-page components ordered by group, display order and name. Public: needs no"
          + " token.")
  public @NonNull List<@NonNull ComponentView> components() {
    return components.components();
  }

  @Mutation("createComponent")
  @Description("Adds a component to the catalogue. Needs ADMIN.")
  public @NonNull ComponentView createComponent(@NonNull ComponentInput input) {
    return components.create(input);
  }

  @Mutation("updateComponent")
  @Description("Replaces a component's settings. Needs ADMIN.")
  public @NonNull ComponentView updateComponent(
      @NonNull @Id String id,
      @NonNull ComponentInput input,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return components.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("deleteComponent")
  @Description("Removes a component no incident refers to. Needs ADMIN.")
  public boolean deleteComponent(@NonNull @Id String id) {
    return components.delete(Ids.parse(id, "id"));
  }
}
