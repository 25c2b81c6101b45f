package org.dutyboard.rotation.tableimport;

import java.util.List;
import java.util.UUID;
import org.dutyboard.people.PersonView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ScheduleImport")
@Description("The result of importing a schedule table.")
public record ScheduleImportView(
    @Id @NonNull @Description("Id of the import.") UUID id,
    @Description("Rows read (after the header).") int rows,
    @Description("Explicit role assignments recorded.") int assignments,
    @Description("Weeks recorded as \"no duty\".") int skippedWeeks,
    @NonNull @Description("People the import created (with createMissingPeople).")
        List<@NonNull PersonView> createdPeople) {}
