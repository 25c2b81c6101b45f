package org.dutyboard.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.SnapshotJson;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.publish.SiteValidator;
import org.dutyboard.site.render.SiteRenderer;
import org.dutyboard.testing.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The performance goal end to end: 50 components, 10,000 public incidents with 100,000
 * public updates (plus 2,000 private incidents that must cost nothing) in the real PostgreSQL, then
 * {@link StatusSitePublisher#publish()}: read from the database, render, validate, switch. Not part
 * of the normal build: {@code ./mvnw -B -pl backend -am verify -Pbenchmark} (docs/benchmarks.md,
 * "Status site"). Fails when a publish of the running service (the scheduled job's steady state)
 * exceeds {@code -Ddutyboard.benchmark.budget-seconds} (10); the first publish in a fresh JVM,
 * which also pays for class loading and JIT compilation, is reported next to it.
 */
@QuarkusTest
@Tag("benchmark")
class StatusSiteBenchmark {
  static final int COMPONENTS = 50;
  static final int PUBLIC_INCIDENTS = 10_000;
  static final int UPDATES_PER_INCIDENT = 10;
  static final int PRIVATE_INCIDENTS = 2_000;

  @Inject AgroalDataSource dataSource;
  @Inject StatusSitePublisher publisher;
  @Inject StatusSnapshotAssembler assembler;

  @Test
  void publishesTenThousandIncidentsFromTheDatabaseWithinTheBudget()
      throws SQLException, IOException {
    deleteTree(publisher.outputDir()); // versions of earlier runs would make this one prune them
    long seedStart = System.nanoTime();
    seed(Fixtures.person("bench"));
    System.out.printf(Locale.ROOT, "Seeded the database in %.1f s%n", seconds(seedStart));

    List<String> lines = new ArrayList<>();
    Timed<StatusSitePublication> cold = time(publisher::publish);
    assertThat(cold.value().outcome()).isEqualTo(StatusSitePublishOutcome.PUBLISHED);
    lines.add(line("Cold publish (first in this JVM): read, render, validate, switch", cold));

    Timed<StatusSitePublication> unchanged = time(publisher::publish);
    assertThat(unchanged.value().outcome()).isEqualTo(StatusSitePublishOutcome.UNCHANGED);
    lines.add(line("Second publish, data unchanged (nothing written)", unchanged));

    double slowestWarm = 0;
    for (int run = 1; run <= 3; run++) {
      touchOneComponent(run);
      Timed<StatusSitePublication> warm = time(publisher::publish);
      assertThat(warm.value().outcome()).isEqualTo(StatusSitePublishOutcome.PUBLISHED);
      lines.add(line("Warm publish after a change, run " + run, warm));
      slowestWarm = Math.max(slowestWarm, warm.seconds());
    }

    // Where the time goes, step by step (warm).
    Timed<StatusSnapshot> read =
        time(() -> QuarkusTransaction.requiringNew().call(assembler::assemble));
    lines.add(line("  step: database read into the snapshot", read));
    StatusSnapshot copy = read.value().withGeneratedAt(read.value().generatedAt().plusMillis(1));
    lines.add(line("  step: content hash", time(() -> SnapshotJson.contentHash(copy))));
    Path out = Files.createTempDirectory("status-site-benchmark");
    lines.add(line("  step: render", time(() -> render(copy, out))));
    Timed<List<String>> validated = time(() -> validate(out));
    assertThat(validated.value()).isEmpty();
    lines.add(line("  step: validate", validated));
    List<PublicIncident> incidents = read.value().incidents();
    long seeded = incidents.stream().filter(i -> i.name().startsWith("Bench ")).count();
    assertThat(seeded).as("public incidents, private ones left out").isEqualTo(PUBLIC_INCIDENTS);
    assertThat(incidents.stream().filter(i -> i.name().startsWith("Bench ")))
        .allSatisfy(i -> assertThat(i.updates()).hasSize(UPDATES_PER_INCIDENT));

    System.out.printf(
        Locale.ROOT,
        "Status site benchmark (%s), %d cores, load average %.1f:%n",
        describe(read.value()),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    lines.forEach(System.out::println);

    double budget =
        Double.parseDouble(System.getProperty("dutyboard.benchmark.budget-seconds", "10"));
    assertThat(slowestWarm).as("slowest warm publish in seconds").isLessThan(budget);
  }

  /** Set-based inserts: seconds for what the API would take many minutes to write. */
  private void seed(String personId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute(
          """
          insert into component (id, name, description, group_name, display_order,
              show_only_when_degraded, created_at, updated_at)
          select gen_random_uuid(), 'Bench component ' || g, 'Benchmark component ' || g,
              case when g %% 5 = 0 then null else 'Bench group ' || (g %% 5) end, g, false,
              now() - interval '400 days', now() - interval '400 days'
          from generate_series(1, %d) g"""
              .formatted(COMPONENTS));
      s.execute(
          """
          create temporary table bench_incident on commit drop as
          select gen_random_uuid() as id, g as n, g > %d as private,
              now() - g * interval '50 minutes' as declared_at
          from generate_series(1, %d) g"""
              .formatted(PUBLIC_INCIDENTS, PUBLIC_INCIDENTS + PRIVATE_INCIDENTS));
      // The newest five public incidents are still open; the others were resolved and closed.
      s.execute(
          """
          insert into incident (id, number, title, public_title, summary, severity, status,
              visibility, audiences, declare_criteria, team_involvement, started_at,
              declared_at, resolved_at, closed_at, made_public_at, declared_by,
              declared_by_person_id, updated_at)
          select b.id, nextval('incident_number_seq'), 'Internal title ' || b.n,
              'Bench incident ' || b.n, 'Internal summary ' || b.n,
              'SEV' || (1 + b.n %% 4),
              case when b.n <= 5 then 'IDENTIFIED' else 'CLOSED' end,
              case when b.private then 'PRIVATE' else 'PUBLIC' end,
              'READERS', 'UNRESOLVED_AFTER_AN_HOUR', 'STARTED', b.declared_at, b.declared_at,
              case when b.n <= 5 then null else b.declared_at + interval '100 minutes' end,
              case when b.n <= 5 then null else b.declared_at + interval '2 hours' end,
              case when b.private then null else b.declared_at end,
              'Bench', '%s', b.declared_at + interval '2 hours'
          from bench_incident b"""
              .formatted(personId));
      s.execute(
          """
          insert into incident_component (id, incident_id, component_id)
          select gen_random_uuid(), b.id, c.id
          from bench_incident b
          join (select id, row_number() over (order by name) - 1 as k from component
                where name like 'Bench component %%') c on c.k = b.n %% %d"""
              .formatted(COMPONENTS));
      s.execute(
          """
          create temporary table bench_update on commit drop as
          select gen_random_uuid() as id, b.id as incident_id, b.n, u,
              b.declared_at + u * interval '10 minutes' as posted_at,
              case when u = %1$d and b.n > 5 then 'RESOLVED'
                   when u <= 3 then 'INVESTIGATING' when u <= 6 then 'IDENTIFIED'
                   else 'MONITORING' end as status
          from bench_incident b, generate_series(1, case when b.private then 2 else %1$d end) u"""
              .formatted(UPDATES_PER_INCIDENT));
      s.execute(
          """
          insert into status_update (id, incident_id, status, message, posted_at, author)
          select id, incident_id, status,
              'Update ' || u || ' on incident ' || n || ': we are looking into elevated error'
                  || ' rates and will post again within 30 minutes.',
              posted_at, 'Bench'
          from bench_update""");
      s.execute(
          """
          insert into status_update_component (id, status_update_id, component_id, component_status)
          select gen_random_uuid(), u.id, ic.component_id,
              case when u.status = 'RESOLVED' then 'OPERATIONAL'
                   when u.n % 3 = 0 then 'MAJOR_OUTAGE'
                   when u.n % 3 = 1 then 'PARTIAL_OUTAGE' else 'DEGRADED_PERFORMANCE' end
          from bench_update u join incident_component ic on ic.incident_id = u.incident_id""");
      c.commit();
      s.execute("analyze");
    }
  }

  private void touchOneComponent(int run) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "update component set description = 'Benchmark component, edit %d'".formatted(run)
              + " where name = 'Bench component 1'");
    }
  }

  private static String describe(StatusSnapshot snapshot) {
    long updates = snapshot.incidents().stream().mapToLong(i -> i.updates().size()).sum();
    return "%d components, %d public incidents, %d public updates, %d private incidents in the DB"
        .formatted(
            snapshot.components().size(), snapshot.incidents().size(), updates, PRIVATE_INCIDENTS);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static Path render(StatusSnapshot snapshot, Path out) {
    try {
      new SiteRenderer().render(snapshot, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> validate(Path site) {
    try {
      return new SiteValidator().problems(site);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Wall time, and the CPU time of this JVM over all its threads: on a shared machine the wall time
   * grows with other people's builds, the CPU time hardly does (PostgreSQL's own CPU is not in it).
   */
  private record Timed<T>(T value, double seconds, double cpuSeconds) {}

  private static <T> Timed<T> time(Supplier<T> action) {
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    T value = action.get();
    return new Timed<>(value, seconds(start), (processCpuNanos() - cpu) / 1e9);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String line(String what, Timed<?> timed) {
    return String.format(
        Locale.ROOT, "  %-68s %6.2f s wall %6.2f s CPU", what, timed.seconds(), timed.cpuSeconds());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
