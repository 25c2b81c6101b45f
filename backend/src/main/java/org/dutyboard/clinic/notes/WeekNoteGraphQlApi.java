package org.dutyboard.clinic.notes;

import jakarta.inject.Inject;
import java.time.Instant;
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

/** Week notes over GraphQL. Thin: parse, call one service method, map. */
@GraphQLApi
@GraphQlBoundary
public class WeekNoteGraphQlApi {
  @Inject WeekNoteQueries queries;
  @Inject WeekNoteService notes;

  @Query("weekNotes")
  @Description("A team's week notes with `at` in [from, to), oldest first. Needs VIEWER.")
  public @NonNull WeekNoteConnection weekNotes(
      @Description("The team.") @NonNull @Id String teamId,
      @NonNull @Description("Start of the range (inclusive).") Instant from,
      @NonNull @Description("End of the range (exclusive).") Instant to,
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return WeekNoteConnection.of(
        queries.notes(Ids.parse(teamId, "teamId"), from, to, SliceRequest.of(first, after)));
  }

  @Mutation("addWeekNote")
  @Description(
      "Adds a note to a team's week. Needs RESPONDER; a caller acting for a person must be on the"
          + " team.")
  public @NonNull WeekNoteView addWeekNote(
      @Description("The team.") @NonNull @Id String teamId,
      @Description("What to create.") @NonNull WeekNoteInput input) {
    return notes.add(Ids.parse(teamId, "teamId"), input);
  }

  @Mutation("updateWeekNote")
  @Description("Replaces a note's content. Needs RESPONDER, on the note's team.")
  public @NonNull WeekNoteView updateWeekNote(
      @Description("The note.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull WeekNoteInput input,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return notes.update(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("markWeekNoteImportant")
  @Description("Marks a note important (bold in the summary) or not. Needs RESPONDER, on the team.")
  public @NonNull WeekNoteView markWeekNoteImportant(
      @Description("The note.") @NonNull @Id String id,
      @Description("True for bold.") boolean important,
      @Description("The version you edited; CONFLICT if it changed since. Omit to overwrite.")
          Integer expectedVersion) {
    return notes.markImportant(Ids.parse(id, "id"), important, expectedVersion);
  }

  @Mutation("deleteWeekNote")
  @Description("Deletes a note. Needs RESPONDER, on the note's team.")
  public boolean deleteWeekNote(
      @Description("The note.") @NonNull @Id String id,
      @Description("The version you edited; CONFLICT if it changed since.")
          Integer expectedVersion) {
    return notes.delete(Ids.parse(id, "id"), expectedVersion);
  }
}
