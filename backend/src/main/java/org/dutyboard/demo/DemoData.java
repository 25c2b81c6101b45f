package org.dutyboard.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.db.AdvisoryLock;
import org.dutyboard.component.Component;
import org.dutyboard.people.Person;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.RosterVersion;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRole;
import org.jboss.logging.Logger;

/**
 * A fictional data set shaped like the teams Dutyboard is built for: a cloud team with a weekly
 * clinic duty and two on-call rotations, an SRE clinic duty with clinician and backup, and a
 * firefighter rotation with primary, secondary and tertiary handing off on Tuesdays, and the
 * components of a public status page with a past and an upcoming maintenance. Loaded once, only
 * into a database without teams.
 */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class);
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Inject DemoConfig config;
  @Inject Clock clock;
  @Inject EntityManager em;

  void onStart(@Observes StartupEvent event) {
    if (config.enabled()) {
      load();
    }
  }

  @Transactional
  void load() {
    // Replicas starting together on an empty database take turns; the later ones find the teams.
    AdvisoryLock.awaitForTransaction(em, "demo-data");
    if (Team.count() > 0) {
      return;
    }
    Instant now = clock.instant();
    cloudServices(now);
    sre(now);
    dreamwork(now);
    DemoMaintenance.load(now, components(now));
    LOG.info(
        "Loaded the demo data set (3 teams, 14 people, 5 rotations, 5 status components,"
            + " 2 maintenance windows)");
  }

  /** A weekly clinic duty from one team meeting to the next, and two regional on-calls. */
  private static void cloudServices(Instant now) {
    List<Person> cloud =
        people(
            now,
            "Ada Brightwater:ada:Europe/Madrid",
            "Bram Okafor:bram:America/New_York",
            "Chen Wildfell:chen:Asia/Singapore",
            "Dara Quill:dara:Europe/Berlin",
            "Emeka Stone:emeka:America/Los_Angeles");
    Team cloudTeam = team(now, "Cloud Services", "Runs the cloud platform for volunteers.", cloud);
    rotation(
        now,
        cloudTeam,
        "Clinic duty",
        "Runs from one weekly team meeting to the next: help requests, community requests"
            + " (quotas, projects, floating IPs), maintenance and the weekly summary.",
        "UTC",
        DayOfWeek.TUESDAY,
        "17:00",
        List.of(new RoleSpec("clinic duty", 0)),
        cloud);
    rotation(
        now,
        cloudTeam,
        "On-call (Americas)",
        "React to alerts during Americas hours; improve alerting when nothing burns.",
        "America/New_York",
        DayOfWeek.MONDAY,
        "09:00",
        List.of(new RoleSpec("on-call", 0)),
        List.of(cloud.get(1), cloud.get(4), cloud.get(0)));
    rotation(
        now,
        cloudTeam,
        "On-call (EMEA)",
        "React to alerts during EMEA hours; improve alerting when nothing burns.",
        "Europe/Berlin",
        DayOfWeek.MONDAY,
        "09:00",
        List.of(new RoleSpec("on-call", 0)),
        List.of(cloud.get(3), cloud.get(0), cloud.get(2)));
  }

  /** SRE clinic duty: the clinician, backed up by last week's clinician. */
  private static void sre(Instant now) {
    List<Person> sre =
        people(
            now,
            "Farah Lindqvist:farah:Europe/Stockholm",
            "Gus Moreno:gus:America/Chicago",
            "Hana Takeda:hana:Asia/Tokyo",
            "Ivo Petrov:ivo:Europe/Sofia");
    Team sreTeam = team(now, "SRE", "Site reliability engineering.", sre);
    rotation(
        now,
        sreTeam,
        "SRE clinic duty",
        "Triage incoming tasks, maintain the ops-maintenance calendar. The backup is last"
            + " week's clinician.",
        "UTC",
        DayOfWeek.MONDAY,
        "09:00",
        List.of(new RoleSpec("clinician", 0), new RoleSpec("backup", -1)),
        sre);
  }

  /** The firefighter rotation: primary, secondary and tertiary hand off Tuesdays. */
  private static void dreamwork(Instant now) {
    List<Person> dreamwork =
        people(
            now,
            "Jo Abernathy:jo:America/Chicago",
            "Kit Navarro:kit:America/Denver",
            "Lu Ferreira:lu:America/Sao_Paulo",
            "Mo Adeyemi:mo:America/Chicago",
            "Nia Castellanos:nia:America/Los_Angeles");
    Team dreamworkTeam =
        team(
            now,
            "Dreamwork",
            "Builds the document platform; everyone is on the calendar.",
            dreamwork);
    rotation(
        now,
        dreamworkTeam,
        "Firefighter",
        "Primary triages customer issues; secondary backs up, answers questions and moderates"
            + " meetings; tertiary and beyond do project work. Hands off Tuesdays after standup.",
        "America/Chicago",
        DayOfWeek.TUESDAY,
        "10:00",
        List.of(
            new RoleSpec("primary", 0), new RoleSpec("secondary", 1), new RoleSpec("tertiary", 2)),
        dreamwork);
  }

  /** The status page's components; their ids by name. */
  private static Map<String, UUID> components(Instant now) {
    String[][] components = {
      {"Wikis", "Reading and editing", "Sites"},
      {"Login", "Single sign-on", "Sites"},
      {"API", "Public REST and GraphQL APIs", "Sites"},
      {"Cloud VPS", "Virtual machines for volunteers", "Cloud"},
      {"Toolforge", "Hosting for community tools", "Cloud"},
    };
    Map<String, UUID> componentIds = new HashMap<>();
    for (int i = 0; i < components.length; i++) {
      Component component = new Component();
      component.id = UUID.randomUUID();
      component.name = components[i][0];
      component.description = components[i][1];
      component.groupName = components[i][2];
      component.displayOrder = i;
      component.createdAt = now;
      component.updatedAt = now;
      component.persist();
      componentIds.put(component.name, component.id);
    }
    return componentIds;
  }

  private static List<Person> people(Instant now, String... specs) {
    return java.util.Arrays.stream(specs)
        .map(
            spec -> {
              String[] parts = spec.split(":");
              Person p = new Person();
              p.id = UUID.randomUUID();
              p.name = parts[0];
              p.handle = parts[1];
              p.email = parts[1] + "@example.org";
              p.timeZone = parts[2];
              p.createdAt = now;
              p.updatedAt = now;
              p.persist();
              return p;
            })
        .toList();
  }

  private static Team team(Instant now, String name, String description, List<Person> members) {
    Team team = new Team();
    team.id = UUID.randomUUID();
    team.name = name;
    team.description = description;
    team.members.addAll(members);
    team.createdAt = now;
    team.updatedAt = now;
    team.persist();
    return team;
  }

  private static void rotation(
      Instant now,
      Team team,
      String name,
      String description,
      String zone,
      DayOfWeek day,
      String time,
      List<RoleSpec> roles,
      List<Person> roster) {
    Rotation rotation = new Rotation();
    rotation.id = UUID.randomUUID();
    rotation.teamId = team.id;
    rotation.name = name;
    rotation.description = description;
    rotation.timeZone = zone;
    rotation.startsOn = START;
    rotation.handoffDay = day.getValue();
    rotation.handoffTime = LocalTime.parse(time);
    rotation.shiftLengthDays = 7;
    rotation.createdAt = now;
    rotation.updatedAt = now;
    rotation.persist();
    RotationRole.storeAll(rotation.id, roles);
    RosterVersion.store(
        rotation.id, 0, 0, roster.stream().map(p -> p.id).toList(), "demo", null, now);
  }
}
