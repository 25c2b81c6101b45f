package org.dutyboard.rotation.calendar;

import static io.restassured.RestAssured.given;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dutyboard.testing.Fixtures.people;
import static org.dutyboard.testing.Fixtures.rotation;
import static org.dutyboard.testing.Fixtures.setRoster;
import static org.dutyboard.testing.Fixtures.team;
import static org.dutyboard.testing.Fixtures.unique;
import static org.dutyboard.testing.Inputs.aWeeklyRotation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.dutyboard.rotation.change.SkippedPeriods;
import org.dutyboard.testing.GraphQl;
import org.dutyboard.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest {
  private static final String CREATE =
      """
      mutation($rotation: ID, $person: ID) {
        createCalendarFeed(rotationId: $rotation, personId: $person) {
          url feed { id rotationId personId author createdAt revokedAt }
        }
      }""";
  private static final String REVOKE =
      """
      mutation($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }""";
  private static final Instant NOW = Instant.parse("2026-03-25T12:00:00Z");

  @Inject MutableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A Berlin rotation, Sunday 10:00 handoffs from 2026-03-01, roles primary and secondary. */
  private static String berlinRotation(List<String> crew) {
    String rotation =
        aWeeklyRotation(team())
            .handingOffOn(SUNDAY)
            .in("Europe/Berlin")
            .startingOn("2026-03-01")
            .withRoles("primary", "secondary")
            .create();
    setRoster(rotation, crew);
    return rotation;
  }

  private static String rotationName(String rotation) {
    return GraphQl.admin()
        .ok("query($id: ID!) { rotation(id: $id) { name } }", "id", rotation)
        .getString("rotation.name");
  }

  private static JsonPath create(GraphQl client, String rotation, String person) {
    return client.ok(CREATE, "rotation", rotation, "person", person);
  }

  private static Response fetch(String url) {
    return given().get(URI.create(url).getPath());
  }

  private static Calendar parse(String body) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(body));
  }

  private static Map<String, VEvent> byUid(Calendar calendar) {
    Map<String, VEvent> events = new HashMap<>();
    for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
      String uid = e.getUid().orElseThrow().getValue();
      assertThat(events.put(uid, e)).as("duplicate UID %s", uid).isNull();
    }
    return events;
  }

  private static Instant start(VEvent e) {
    return Instant.from(e.getDateTimeStart().orElseThrow().getDate());
  }

  private static Instant end(VEvent e) {
    return Instant.from(e.getDateTimeEnd().orElseThrow().getDate());
  }

  @Test
  void rotationFeedHasOneEventPerHolderWithStableUidsAndUtcTimesAcrossDst() throws Exception {
    List<String> crew = people(3);
    String rotation = berlinRotation(crew);
    String name = rotationName(rotation);
    clock.set(NOW);

    JsonPath created = create(GraphQl.admin(), rotation, null);
    String url = created.getString("createCalendarFeed.url");
    assertThat(url).startsWith("http://localhost:8080/calendar/dbc_").endsWith(".ics");
    assertThat(created.getString("createCalendarFeed.feed.rotationId")).isEqualTo(rotation);
    assertThat(created.getString("createCalendarFeed.feed.personId")).isNull();

    Response response = fetch(url);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("text/calendar; charset=utf-8");
    String body = response.asString();
    assertThat(body).contains("\r\n");

    Map<String, VEvent> events = byUid(parse(body));
    // Horizon [NOW - 8 weeks, NOW + 26 weeks): Sunday shifts 2026-03-01 .. 2026-09-20 = 30 shifts.
    assertThat(events).hasSize(30 * 2);
    // Shift 3 runs across the spring-forward night of 2026-03-29: 10:00 CET -> 10:00 CEST, 167 h.
    String dstUid = rotation + "-3-primary-" + crew.get(0) + "@dutyboard";
    VEvent dst = events.get(dstUid);
    assertThat(dst).as("event %s in %s", dstUid, events.keySet()).isNotNull();
    assertThat(start(dst)).isEqualTo(Instant.parse("2026-03-22T09:00:00Z"));
    assertThat(end(dst)).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    assertThat(dst.getSummary().orElseThrow().getValue()).isEqualTo(name + ": primary (Person p0)");
    assertThat(dst.getDateTimeStamp().orElseThrow().getDate()).isEqualTo(NOW);
    assertThat(body).contains("DTSTART:20260322T090000Z", "DTEND:20260329T080000Z");
    // And back: the autumn shift 34 is past the horizon; shift 29 (2026-09-20) is the last.
    assertThat(events).containsKey(rotation + "-29-secondary-" + crew.get(0) + "@dutyboard");

    // A second fetch (later, with the same schedule) lists the same UIDs and times.
    clock.set(NOW.plusSeconds(3600));
    Map<String, VEvent> again = byUid(parse(fetch(url).asString()));
    assertThat(again.keySet()).isEqualTo(events.keySet());
    assertThat(start(again.get(dstUid))).isEqualTo(start(dst));

    // A second, independent parser agrees.
    JsonPath python = pythonParse(body);
    assertThat(python.getString("name")).startsWith(name);
    Map<String, Object> pyEvents = python.getMap("events");
    assertThat(pyEvents.keySet()).isEqualTo(events.keySet());
    assertThat(python.getString("events['" + dstUid + "'].start"))
        .isEqualTo("2026-03-22T09:00:00Z");
    assertThat(python.getString("events['" + dstUid + "'].end")).isEqualTo("2026-03-29T08:00:00Z");
    assertThat(python.getString("events['" + dstUid + "'].stamp"))
        .isEqualTo("2026-03-25T12:00:00Z");
  }

  @Test
  void revokedAndUnknownFeedsAnswer404() {
    String rotation = berlinRotation(people(2));
    JsonPath created = create(GraphQl.admin(), rotation, null);
    String url = created.getString("createCalendarFeed.url");
    assertThat(fetch(url).statusCode()).isEqualTo(200);

    JsonPath revoked =
        GraphQl.admin().ok(REVOKE, "id", created.getString("createCalendarFeed.feed.id"));
    assertThat(revoked.getString("revokeCalendarFeed.revokedAt")).isNotNull();
    assertThat(fetch(url).statusCode()).isEqualTo(404);
    assertThat(given().get("/calendar/dbc_doesNotExist.ics").statusCode()).isEqualTo(404);
    assertThat(given().get("/calendar/" + GraphQl.ADMIN_TOKEN + ".ics").statusCode())
        .isEqualTo(404);
  }

  @Test
  void skippedShiftsAreLeftOut() throws Exception {
    List<String> crew = people(2);
    String rotation = berlinRotation(crew);
    clock.set(NOW);
    // Skip the shift starting 2026-04-05 (index 5).
    SkippedPeriods.skip(
        UUID.fromString(rotation),
        "2026-04-05T00:00:00Z",
        "2026-04-06T00:00:00Z",
        "2026-03-01T00:00:00Z");
    String url = create(GraphQl.admin(), rotation, null).getString("createCalendarFeed.url");

    Map<String, VEvent> events = byUid(parse(fetch(url).asString()));
    assertThat(events).hasSize(29 * 2);
    assertThat(events.keySet()).noneMatch(uid -> uid.startsWith(rotation + "-5-"));
    assertThat(events.keySet()).anyMatch(uid -> uid.startsWith(rotation + "-6-"));
  }

  @Test
  void aPersonMayCreateTheirOwnFeedWhichListsOnlyTheirShiftsAcrossRotations() throws Exception {
    List<String> crew = people(3);
    String first = berlinRotation(crew);
    String second = berlinRotation(List.of(crew.get(2), crew.get(1)));
    String own = personToken(crew.get(1));
    clock.set(NOW);

    String url =
        create(GraphQl.withToken(own), null, crew.get(1)).getString("createCalendarFeed.url");
    Map<String, VEvent> events = byUid(parse(fetch(url).asString()));
    assertThat(events.keySet()).allMatch(uid -> uid.contains("-" + crew.get(1) + "@"));
    // crew[1] is primary or secondary on 2 of 3 shifts of the first rotation, on every shift of
    // the second.
    long inFirst = events.keySet().stream().filter(uid -> uid.startsWith(first)).count();
    long inSecond = events.keySet().stream().filter(uid -> uid.startsWith(second)).count();
    assertThat(inFirst).isEqualTo(20);
    assertThat(inSecond).isEqualTo(30);
  }

  @Test
  void feedsOfRotationsAndOtherPeopleNeedTheSchedulerRole() {
    List<String> crew = people(2);
    String rotation = berlinRotation(crew);
    GraphQl own = GraphQl.withToken(personToken(crew.get(0)));

    assertThat(own.error(CREATE, "rotation", rotation, "person", null))
        .containsEntry("code", "FORBIDDEN");
    assertThat(own.error(CREATE, "rotation", null, "person", crew.get(1)))
        .containsEntry("code", "FORBIDDEN");
    String othersFeed =
        create(GraphQl.admin(), null, crew.get(1)).getString("createCalendarFeed.feed.id");
    assertThat(own.error(REVOKE, "id", othersFeed)).containsEntry("code", "FORBIDDEN");
    String ownFeed = create(own, null, crew.get(0)).getString("createCalendarFeed.feed.id");
    assertThat(own.ok(REVOKE, "id", ownFeed).getString("revokeCalendarFeed.revokedAt")).isNotNull();

    assertThat(GraphQl.admin().error(CREATE, "rotation", rotation, "person", crew.get(0)))
        .containsEntry("code", "VALIDATION")
        .containsEntry("field", "rotationId");
    assertThat(GraphQl.admin().error(CREATE, "rotation", UUID.randomUUID().toString()))
        .containsEntry("code", "NOT_FOUND");
  }

  private static String personToken(String personId) {
    return GraphQl.admin()
        .ok(
            """
            mutation($name: String!, $person: ID) {
              createApiToken(name: $name, roles: [RESPONDER], personId: $person) { secret }
            }""",
            "name",
            unique("own"),
            "person",
            personId)
        .getString("createApiToken.secret");
  }

  /** Parses with python-icalendar (Debian python3-icalendar; `.ci/run` installs it). */
  private static JsonPath pythonParse(String body) throws Exception {
    Assumptions.assumeTrue(
        run(List.of("/usr/bin/python3", "-c", "import icalendar"), "").exit() == 0,
        "python3-icalendar is not installed (apt-get install python3-icalendar)");
    Path script = Files.createTempFile("parse_ics", ".py");
    try (InputStream in = CalendarFeedTest.class.getResourceAsStream("/calendar/parse_ics.py")) {
      Files.write(script, in.readAllBytes());
    }
    try {
      Result result = run(List.of("/usr/bin/python3", script.toString()), body);
      assertThat(result.exit()).as("python-icalendar failed: %s", result.output()).isZero();
      return new JsonPath(result.output());
    } finally {
      Files.delete(script);
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, String stdin) throws Exception {
    if (!Files.isExecutable(Path.of(command.get(0)))) {
      return new Result(127, "");
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
