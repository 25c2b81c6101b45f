package org.dutyboard.testing;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed builders for API inputs, read as fixture sentences: {@code
 * aWeeklyRotation(team).handingOffOn(TUESDAY, "10:00").in("Europe/Berlin")}. Each produces the
 * variables map a dashboard would send; tests pass it where the document takes an input object.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * A weekly rotation of the team with a unique name, handing off Tuesdays 10:00 Los Angeles from
   * 2026-01-01, roles primary, secondary and tertiary; sentences change what a test cares about.
   */
  public static RotationInput aWeeklyRotation(String teamId) {
    return new RotationInput(teamId);
  }

  /** A declaration of an incident with a unique title and the given severity ({@code SEV3}). */
  public static Declaration anIncident(String severity) {
    return new Declaration(severity);
  }

  /** {@code PersonInput}: a person named {@code name} with the handle, in Berlin. */
  public static Map<String, Object> aPerson(String name, String handle) {
    return aPerson(name, handle, "Europe/Berlin");
  }

  public static Map<String, Object> aPerson(String name, String handle, String timeZone) {
    return Map.of("name", name, "handle", handle, "timeZone", timeZone);
  }

  /**
   * {@code ShiftTradeInput}: the requester gives their primary shift {@code shiftIndex} to the
   * counterpart (a cover unless {@link ShiftTrade#inReturnFor}), for a conference.
   */
  public static ShiftTrade aTrade(String requesterId, int shiftIndex, String counterpartId) {
    return new ShiftTrade(requesterId, shiftIndex, counterpartId);
  }

  /** Roles in order, as {@code RotationInput.roles} takes them. */
  public static List<Map<String, Object>> roles(String... names) {
    return Arrays.stream(names).<Map<String, Object>>map(n -> Map.of("name", n)).toList();
  }

  /** {@code RotationInput}: a rotation to create or the new settings of one. */
  public static final class RotationInput {
    private final Map<String, Object> input = new HashMap<>();

    private RotationInput(String teamId) {
      input.put("teamId", teamId);
      input.put("name", Fixtures.unique("rotation"));
      input.put("timeZone", "America/Los_Angeles");
      input.put("startsOn", "2026-01-01");
      input.put("handoffDay", "TUESDAY");
      input.put("handoffTime", "10:00");
      input.put("roles", roles("primary", "secondary", "tertiary"));
    }

    public RotationInput named(String name) {
      input.put("name", name);
      return this;
    }

    public RotationInput handingOffOn(DayOfWeek day, String localTime) {
      input.put("handoffDay", day.name());
      input.put("handoffTime", localTime);
      return this;
    }

    public RotationInput handingOffOn(DayOfWeek day) {
      input.put("handoffDay", day.name());
      return this;
    }

    public RotationInput in(String timeZone) {
      input.put("timeZone", timeZone);
      return this;
    }

    public RotationInput startingOn(String localDate) {
      input.put("startsOn", localDate);
      return this;
    }

    public RotationInput withRoles(String... names) {
      input.put("roles", roles(names));
      return this;
    }

    /** The variables map; a fresh mutable copy, so a test may still break one field on purpose. */
    public Map<String, Object> build() {
      return new HashMap<>(input);
    }

    /** Creates the rotation through the API and returns its id. */
    public String create() {
      return Fixtures.rotation(build());
    }
  }

  /** {@code ShiftTradeInput}: a trade of shifts between two people on the roster. */
  public static final class ShiftTrade {
    private final Map<String, Object> input = new HashMap<>();

    private ShiftTrade(String requesterId, int shiftIndex, String counterpartId) {
      input.put("role", "primary");
      input.put("shiftIndex", shiftIndex);
      input.put("requesterId", requesterId);
      input.put("counterpartId", counterpartId);
      input.put("reason", "conference");
    }

    /** The counterpart's shift the requester takes in return (a swap, not a cover). */
    public ShiftTrade inReturnFor(int counterpartShiftIndex) {
      input.put("counterpartShiftIndex", counterpartShiftIndex);
      return this;
    }

    /** The variables map; a fresh mutable copy. */
    public Map<String, Object> build() {
      return new HashMap<>(input);
    }
  }

  /** {@code DeclareIncidentInput}: what a responder fills in to declare an incident. */
  public static final class Declaration {
    private final Map<String, Object> input = new HashMap<>();

    private Declaration(String severity) {
      input.put("title", Fixtures.unique("incident"));
      input.put("severity", severity);
    }

    public Declaration titled(String title) {
      input.put("title", title);
      return this;
    }

    /** {@code PUBLIC} or {@code PRIVATE}. */
    public Declaration visible(String visibility) {
      input.put("visibility", visibility);
      return this;
    }

    /** The title shown on the public status page. */
    public Declaration publiclyTitled(String publicTitle) {
      input.put("publicTitle", publicTitle);
      return this;
    }

    public Declaration affecting(String... componentIds) {
      input.put("componentIds", List.of(componentIds));
      return this;
    }

    /** The variables map; a fresh mutable copy. */
    public Map<String, Object> build() {
      return new HashMap<>(input);
    }
  }
}
