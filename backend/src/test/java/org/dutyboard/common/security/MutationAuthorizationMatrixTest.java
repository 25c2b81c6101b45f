package org.dutyboard.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.testing.Fixtures;
import org.dutyboard.testing.GraphQl;
import org.junit.jupiter.api.Test;

/**
 * Every mutation of the committed SDL against every kind of caller, over HTTP with real tokens: the
 * rule each mutation follows is written down here, so a new mutation cannot ship without one.
 *
 * <p>Each cell is one request with made-up arguments: random ids, empty strings and an empty time
 * range, so almost nothing is created (see {@link #WELL_SHAPED}). {@code Y}: the caller's roles let
 * the request through (it then succeeds or fails on its input, never with FORBIDDEN,
 * UNAUTHENTICATED or INTERNAL). {@code F}: FORBIDDEN. {@code U}: UNAUTHENTICATED. Authorization
 * therefore has to come before input checks and lookups. Rules that depend on the object (only the
 * counterpart accepts a trade, only team members write clinic data) have their own tests; arguments
 * naming a person name the caller's own person, so self-service rules show here. Callers:
 * anonymous; API tokens with one role; {@code viewer@} and {@code responder@} are tokens bound to a
 * person.
 */
@QuarkusTest
class MutationAuthorizationMatrixTest {
  private static final List<String> CALLERS =
      List.of(
          "anonymous",
          "viewer",
          "viewer@",
          "ingest",
          "responder",
          "responder@",
          "scheduler",
          "security",
          "admin");

  private static final String MATRIX =
      """
      # mutation                   anon viewer viewer@ ingest resp resp@ sched security admin
      acceptTrade                    U  F      F       F      Y    Y     Y     F        Y
      acknowledgeHandoff             U  F      F       F      Y    Y     Y     F        Y
      addOverride                    U  F      F       F      F    F     Y     F        Y
      addTeamMember                  U  F      F       F      F    F     Y     F        Y
      addWeekNote                    U  F      F       F      Y    Y     F     F        Y
      appendTimelineEntry            U  F      F       F      Y    Y     F     F        Y
      approveClinicRequest           U  F      F       F      Y    Y     F     F        Y
      assignIncidentRole             U  F      F       F      Y    Y     F     F        Y
      cancelMaintenanceWindow        U  F      F       F      F    F     Y     F        Y
      cancelOverride                 U  F      F       F      F    F     Y     F        Y
      cancelSkip                     U  F      F       F      F    F     Y     F        Y
      changePostmortemState          U  F      F       F      Y    Y     F     F        Y
      clearComponentStatusOverride   U  F      F       F      F    F     F     F        Y
      createApiToken                 U  F      F       F      F    F     F     F        Y
      createCalendarFeed             U  F      F       F      F    Y     Y     F        Y
      createClinicRequest            U  F      F       F      Y    Y     F     F        Y
      createComponent                U  F      F       F      F    F     F     F        Y
      createFollowUp                 U  F      F       F      Y    Y     F     F        Y
      createPerson                   U  F      F       F      F    F     Y     F        Y
      createRotation                 U  F      F       F      F    F     Y     F        Y
      createTeam                     U  F      F       F      F    F     Y     F        Y
      declareIncident                U  F      F       F      F    Y     F     F        F
      declineClinicRequest           U  F      F       F      Y    Y     F     F        Y
      declineTrade                   U  F      F       F      Y    Y     Y     F        Y
      deleteComponent                U  F      F       F      F    F     F     F        Y
      deletePerson                   U  F      F       F      F    F     Y     F        Y
      deleteRotation                 U  F      F       F      F    F     Y     F        Y
      deleteTeam                     U  F      F       F      F    F     Y     F        Y
      deleteWeekNote                 U  F      F       F      Y    Y     F     F        Y
      grantClinicRequest             U  F      F       F      Y    Y     F     F        Y
      importSchedule                 U  F      F       F      F    F     Y     F        Y
      ingestMaintenanceNotification  U  F      F       Y      F    F     Y     F        Y
      linkAlertPageToIncident        U  F      F       F      Y    Y     F     F        Y
      markWeekNoteImportant          U  F      F       F      Y    Y     F     F        Y
      postMaintenanceUpdate          U  F      F       F      F    F     Y     F        Y
      postStatusUpdate               U  F      F       F      Y    Y     F     F        Y
      proposeTrade                   U  F      F       F      F    Y     Y     F        Y
      publishStatusSite              U  F      F       F      F    F     F     F        Y
      publishWeeklyReport            U  F      F       F      F    F     F     F        Y
      recordMeetingDecision          U  F      F       F      Y    Y     F     F        Y
      releaseIncidentRole            U  F      F       F      Y    Y     F     F        Y
      removeTeamMember               U  F      F       F      F    F     Y     F        Y
      reopenIncident                 U  F      F       F      Y    Y     F     F        Y
      revokeApiToken                 U  F      F       F      F    F     F     F        Y
      revokeCalendarFeed             U  F      F       F      Y    Y     Y     F        Y
      savePostmortem                 U  F      F       F      Y    Y     F     F        Y
      scheduleMaintenanceWindow      U  F      F       F      F    F     Y     F        Y
      setComponentStatusOverride     U  F      F       F      F    F     F     F        Y
      setIncidentVisibility          U  F      F       F      Y    Y     F     Y        Y
      setMaintenancePublished        U  F      F       F      F    F     Y     F        Y
      setRoster                      U  F      F       F      F    F     Y     F        Y
      setTeamDelivery                U  F      F       F      F    F     Y     F        Y
      setTeamMeeting                 U  F      F       F      F    F     Y     F        Y
      skipShifts                     U  F      F       F      F    F     Y     F        Y
      transitionFollowUp             U  F      F       F      Y    Y     F     F        Y
      transitionIncident             U  F      F       F      Y    Y     F     F        Y
      undoTrade                      U  F      F       F      Y    Y     Y     F        Y
      updateClinicRequest            U  F      F       F      Y    Y     F     F        Y
      updateComponent                U  F      F       F      F    F     F     F        Y
      updateFollowUp                 U  F      F       F      Y    Y     F     F        Y
      updateIncident                 U  F      F       F      Y    Y     F     F        Y
      updateMaintenanceWindow        U  F      F       F      F    F     Y     F        Y
      updatePerson                   U  F      F       F      F    F     Y     F        Y
      updateRotation                 U  F      F       F      F    F     Y     F        Y
      updateTeam                     U  F      F       F      F    F     Y     F        Y
      updateWeekNote                 U  F      F       F      Y    Y     F     F        Y
      waivePostmortem                U  F      F       F      F    F     F     F        Y
      writeHandoffNotes              U  F      F       F      Y    Y     Y     F        Y
      """;

  /**
   * Inputs whose shape the transport checks (bean validation on input types, id syntax) before any
   * service runs. Those checks read no data and so reveal nothing, so they may come first; these
   * values pass them so that the role check answers. Authorized callers really create such a team
   * or person ({@code %1$s}: a unique name; {@code %2$s}: a random UUID).
   */
  private static final Map<String, String> WELL_SHAPED =
      Map.of(
          "TeamInput", "{name: \"%1$s\"}",
          "PersonInput", "{name: \"%1$s\", handle: \"%1$s\", timeZone: \"Europe/Berlin\"}");

  /** Arguments (or input fields) that name the person acting: the caller's own person if any. */
  private static final Set<String> SELF_ARGUMENTS = Set.of("personId", "requesterId");

  private static final Path SCHEMA =
      Path.of(System.getProperty("dutyboard.schema.file", "../graphql-schema/schema.graphql"));

  @Test
  void everyMutationInTheSchemaHasARuleAndEveryRuleAMutation() {
    assertThat(expected().keySet())
        .as("rows of MATRIX vs mutations of " + SCHEMA)
        .containsExactlyInAnyOrderElementsOf(mutations().keySet());
  }

  @Test
  void everyCallerGetsExactlyWhatTheMatrixSays() {
    Map<String, List<String>> expected = expected();
    String other = Fixtures.person("other");
    Map<String, Caller> callers = callers(other);
    TypeDefinitionRegistry schema = new SchemaParser().parse(SCHEMA.toFile());
    Map<String, String> actual = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    mutations()
        .forEach(
            (name, field) -> {
              if (!expected.containsKey(name)) {
                wrong.add(name + ": no row in MATRIX");
                return;
              }
              StringBuilder row = new StringBuilder();
              for (int i = 0; i < CALLERS.size(); i++) {
                Caller caller = callers.get(CALLERS.get(i));
                String document = document(schema, field, caller.personId(), other);
                String outcome = outcome(caller.api().execute(document));
                row.append(' ').append(outcome.charAt(0));
                String want = expected.get(name).get(i);
                if (!outcome.startsWith(want) || outcome.contains("INTERNAL")) {
                  wrong.add(name + " as " + CALLERS.get(i) + ": " + outcome + ", want " + want);
                }
              }
              actual.put(name, row.toString());
            });
    assertThat(wrong)
        .as(
            "cells that differ; actual rows:\n"
                + actual.entrySet().stream()
                    .map(e -> e.getKey() + e.getValue())
                    .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private record Caller(GraphQl api, String personId) {}

  private static Map<String, Caller> callers(String other) {
    String viewer = Fixtures.person("matrix-viewer");
    String responder = Fixtures.person("matrix-responder");
    Map<String, Caller> callers = new LinkedHashMap<>();
    callers.put("anonymous", new Caller(GraphQl.anonymous(), other));
    callers.put("viewer", machine("VIEWER", other));
    callers.put("viewer@", new Caller(GraphQl.withToken(Fixtures.personToken(viewer)), viewer));
    callers.put("ingest", machine("INGEST", other));
    callers.put("responder", machine("RESPONDER", other));
    callers.put(
        "responder@",
        new Caller(GraphQl.withToken(Fixtures.personToken(responder, "RESPONDER")), responder));
    callers.put("scheduler", machine("SCHEDULER", other));
    callers.put("security", machine("SECURITY", other));
    callers.put("admin", new Caller(GraphQl.admin(), other));
    return callers;
  }

  private static Caller machine(String role, String other) {
    return new Caller(GraphQl.withToken(Fixtures.token(role)), other);
  }

  /** Y, or the error code with its message. */
  private static String outcome(JsonPath response) {
    List<Map<String, Object>> errors = response.getList("errors");
    if (errors == null || errors.isEmpty()) {
      return "Y";
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
    String code = extensions == null ? null : (String) extensions.get("code");
    String detail = code + " (" + errors.get(0).get("message") + ")";
    return switch (String.valueOf(code)) {
      case "FORBIDDEN" -> "F " + detail;
      case "UNAUTHENTICATED" -> "U " + detail;
      default -> "Y " + detail;
    };
  }

  private static Map<String, List<String>> expected() {
    Map<String, List<String>> rows = new TreeMap<>();
    MATRIX
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(
            line -> {
              List<String> cells = List.of(line.split("\\s+"));
              assertThat(cells).as(line).hasSize(CALLERS.size() + 1);
              assertThat(rows.put(cells.get(0), cells.subList(1, cells.size()))).as(line).isNull();
            });
    return rows;
  }

  private static Map<String, FieldDefinition> mutations() {
    TypeDefinitionRegistry schema = new SchemaParser().parse(SCHEMA.toFile());
    return schema
        .getType("Mutation", ObjectTypeDefinition.class)
        .orElseThrow()
        .getFieldDefinitions()
        .stream()
        .collect(Collectors.toMap(FieldDefinition::getName, f -> f, (a, b) -> a, TreeMap::new));
  }

  /** The mutation with its required arguments (and the acting person) filled in. */
  private static String document(
      TypeDefinitionRegistry schema, FieldDefinition field, String self, String other) {
    List<String> args = new ArrayList<>();
    for (InputValueDefinition arg : field.getInputValueDefinitions()) {
      boolean selfArgument = SELF_ARGUMENTS.contains(arg.getName());
      if (arg.getType() instanceof NonNullType || selfArgument) {
        String value =
            named(arg.getName(), self, other)
                .or(() -> wellShaped(field.getName() + "." + arg.getName()))
                .orElseGet(() -> value(schema, arg.getType(), self, other));
        args.add(arg.getName() + ": " + value);
      }
    }
    String selection = isObject(schema, field.getType()) ? " { __typename }" : "";
    return "mutation { %s%s%s }"
        .formatted(
            field.getName(), args.isEmpty() ? "" : "(" + String.join(", ", args) + ")", selection);
  }

  /** A value of the type that passes the GraphQL engine but no business rule. */
  private static String value(
      TypeDefinitionRegistry schema, Type<?> type, String self, String other) {
    if (type instanceof NonNullType nonNull) {
      return value(schema, nonNull.getType(), self, other);
    }
    if (type instanceof ListType list) {
      return "[" + value(schema, list.getType(), self, other) + "]";
    }
    String name = ((TypeName) type).getName();
    if (WELL_SHAPED.containsKey(name)) {
      return wellShaped(name).orElseThrow();
    }
    var input = schema.getType(name, InputObjectTypeDefinition.class);
    if (input.isPresent()) {
      return input.get().getInputValueDefinitions().stream()
          .filter(f -> f.getType() instanceof NonNullType && f.getDefaultValue() == null)
          .map(
              f ->
                  f.getName()
                      + ": "
                      + named(f.getName(), self, other)
                          .orElseGet(() -> value(schema, f.getType(), self, other)))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    var enumType = schema.getType(name, EnumTypeDefinition.class);
    if (enumType.isPresent()) {
      return enumType.get().getEnumValueDefinitions().get(0).getName();
    }
    return switch (name) {
      case "ID" -> quoted(UUID.randomUUID().toString());
      case "String" -> "\"\"";
      case "Int" -> "1";
      case "Boolean" -> "true";
      case "DateTime" -> "\"2030-01-07T10:00:00Z\""; // every range is empty
      case "Date" -> "\"2030-01-07\"";
      case "LocalTime" -> "\"10:00\"";
      case "TimeZone" -> "\"Europe/Berlin\"";
      default -> throw new AssertionError("No made-up value for scalar " + name);
    };
  }

  /** The acting person for a self argument, the other person for a counterpart. */
  private static java.util.Optional<String> named(String name, String self, String other) {
    if (SELF_ARGUMENTS.contains(name)) {
      return java.util.Optional.of(quoted(self));
    }
    return java.util.Optional.ofNullable(name.equals("counterpartId") ? quoted(other) : null);
  }

  private static java.util.Optional<String> wellShaped(String key) {
    return java.util.Optional.ofNullable(WELL_SHAPED.get(key))
        .map(v -> v.formatted(Fixtures.unique("matrix"), UUID.randomUUID()));
  }

  private static boolean isObject(TypeDefinitionRegistry schema, Type<?> type) {
    Type<?> t = type;
    while (!(t instanceof TypeName)) {
      t = t instanceof NonNullType n ? n.getType() : ((ListType) t).getType();
    }
    return schema.getType(((TypeName) t).getName(), ObjectTypeDefinition.class).isPresent();
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }
}
