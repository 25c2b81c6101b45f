package org.dutyboard.rotation.tableimport;

import jakarta.inject.Inject;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Importing schedule tables over GraphQL. */
@GraphQLApi
@GraphQlBoundary
public class ScheduleImportGraphQlApi {
  @Inject ScheduleImportService imports;

  @Mutation("importSchedule")
  @Description(
      "Imports a schedule table (CSV: `week_start`, one column per role or a `role1/role2` column"
          + " with `A/B` cells, other columns ignored; \"No ... duty ...\" cells skip the week) into"
          + " explicit assignments. All or nothing: errors name the lines. Needs SCHEDULER.")
  public @NonNull ScheduleImportView importSchedule(
      @NonNull @Id @Description("The rotation.") String rotationId,
      @NonNull @Description("The CSV text, at most 5000 rows.") String csv,
      @Description("Create people the table names but Dutyboard does not know.")
          @DefaultValue("false")
          boolean createMissingPeople,
      @Description("The rotation version you saw; CONFLICT if it changed.")
          Integer expectedVersion) {
    return imports.importTable(
        Ids.parse(rotationId, "rotationId"), csv, createMissingPeople, expectedVersion);
  }
}
