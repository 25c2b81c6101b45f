package org.dutyboard.people;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.GraphQlBoundary;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** People, teams and API tokens over GraphQL. Thin: parse, call one service method, map. */
@GraphQLApi
@GraphQlBoundary
public class PeopleGraphQlApi {
  @Inject PeopleQueries queries;
  @Inject PeopleService people;
  @Inject ApiTokenService tokens;

  @Query("people")
  @Description("People, ordered by handle. Needs VIEWER.")
  public @NonNull PersonConnection people(
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return PersonConnection.of(queries.people(SliceRequest.of(first, after)));
  }

  @Query("person")
  @Description("One person by id. Needs VIEWER.")
  public PersonView person(@NonNull @Id @Name("id") @Description("The person.") String id) {
    return queries
        .person(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Person", id));
  }

  @Query("teams")
  @Description("Teams, ordered by name. Needs VIEWER.")
  public @NonNull TeamConnection teams(
      @Description("Page size, 1-100.") @DefaultValue("50") Integer first,
      @Description("Cursor from `pageInfo.endCursor` of the previous page.") String after) {
    return TeamConnection.of(queries.teams(SliceRequest.of(first, after)));
  }

  @Query("team")
  @Description("One team by id. Needs VIEWER.")
  public TeamView team(@NonNull @Id @Name("id") @Description("The team.") String id) {
    return queries
        .team(Ids.parse(id, "id"))
        .orElseThrow(() -> DutyboardException.notFound("id", "Team", id));
  }

  @Description("The team's members, ordered by handle.")
  public List<@NonNull List<@NonNull PersonView>> members(@Source List<TeamView> teams) {
    Map<UUID, List<PersonView>> byTeam =
        queries.membersOf(teams.stream().map(TeamView::id).toList());
    return teams.stream().map(t -> byTeam.get(t.id())).toList();
  }

  @Mutation("createPerson")
  @Description("Adds a person. Needs SCHEDULER.")
  public @NonNull PersonView createPerson(
      @Description("What to create.") @NonNull PersonInput input) {
    return people.createPerson(input);
  }

  @Mutation("updatePerson")
  @Description(
      "Replaces a person's details. Needs SCHEDULER. Fails with CONFLICT on a stale version.")
  public @NonNull PersonView updatePerson(
      @Description("The person.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull PersonInput input,
      @Description("The version you edited; omit to overwrite.") Integer expectedVersion) {
    return people.updatePerson(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("deletePerson")
  @Description("Removes a person who is on no roster. Needs SCHEDULER.")
  public boolean deletePerson(
      @Description("The person.") @NonNull @Id String id,
      @Description("The version you saw; CONFLICT if it changed since. Omit to delete regardless.")
          Integer expectedVersion) {
    return people.deletePerson(Ids.parse(id, "id"), expectedVersion);
  }

  @Mutation("createTeam")
  @Description("Adds a team. Needs SCHEDULER.")
  public @NonNull TeamView createTeam(@Description("What to create.") @NonNull TeamInput input) {
    return people.createTeam(input);
  }

  @Mutation("updateTeam")
  @Description("Renames or re-describes a team. Needs SCHEDULER.")
  public @NonNull TeamView updateTeam(
      @Description("The team.") @NonNull @Id String id,
      @Description("The new content; replaces the old.") @NonNull TeamInput input,
      @Description("The version you edited; omit to overwrite.") Integer expectedVersion) {
    return people.updateTeam(Ids.parse(id, "id"), input, expectedVersion);
  }

  @Mutation("deleteTeam")
  @Description("Removes a team that owns no rotation. Needs SCHEDULER.")
  public boolean deleteTeam(
      @Description("The team.") @NonNull @Id String id,
      @Description("The version you saw; CONFLICT if it changed since. Omit to delete regardless.")
          Integer expectedVersion) {
    return people.deleteTeam(Ids.parse(id, "id"), expectedVersion);
  }

  @Mutation("addTeamMember")
  @Description(
      "Adds a person to a team (idempotent). Needs SCHEDULER. Fails with CONFLICT on a stale"
          + " version.")
  public @NonNull TeamView addTeamMember(
      @Description("The team.") @NonNull @Id String teamId,
      @Description("The person.") @NonNull @Id String personId,
      @Description(
              "The team version you saw; CONFLICT if it changed since. Omit to change regardless.")
          Integer expectedVersion) {
    return people.addTeamMember(
        Ids.parse(teamId, "teamId"), Ids.parse(personId, "personId"), expectedVersion);
  }

  @Mutation("removeTeamMember")
  @Description(
      "Removes a person from a team. Needs SCHEDULER. Fails with CONFLICT on a stale version.")
  public @NonNull TeamView removeTeamMember(
      @Description("The team.") @NonNull @Id String teamId,
      @Description("The person.") @NonNull @Id String personId,
      @Description(
              "The team version you saw; CONFLICT if it changed since. Omit to change regardless.")
          Integer expectedVersion) {
    return people.removeTeamMember(
        Ids.parse(teamId, "teamId"), Ids.parse(personId, "personId"), expectedVersion);
  }

  @Query("apiTokens")
  @Description("All API tokens, oldest first (never their secrets). Needs ADMIN.")
  public @NonNull List<@NonNull ApiTokenView> apiTokens() {
    return tokens.tokens();
  }

  @Mutation("createApiToken")
  @Description("Issues an API token; the secret is in the response and never again. Needs ADMIN.")
  public @NonNull CreatedApiToken createApiToken(
      @NonNull @Description("What the token is for.") String name,
      @NonNull @Description("Roles it grants.") List<@NonNull Role> roles,
      @Id @Description("The person it acts for, if any.") String personId,
      @Description("When it stops working; never if omitted.") Instant expiresAt) {
    return tokens.create(name, roles, Ids.parse(personId, "personId"), expiresAt);
  }

  @Mutation("revokeApiToken")
  @Description("Revokes an API token at once (idempotent). Needs ADMIN.")
  public @NonNull ApiTokenView revokeApiToken(
      @Description("The API token.") @NonNull @Id String id) {
    return tokens.revoke(Ids.parse(id, "id"));
  }
}
