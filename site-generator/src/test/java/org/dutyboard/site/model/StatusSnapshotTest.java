package org.dutyboard.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dutyboard.site.fixtures.IncidentBuilder.anIncident;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.junit.jupiter.api.Test;

class StatusSnapshotTest {

  private static final Instant T = Instant.parse("2024-03-10T10:00:00Z");

  @Test
  void idsThatCouldEscapeTheOutputDirectoryAreRejected() {
    assertThatThrownBy(() -> component("../etc", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("component.id");
    assertThatThrownBy(() -> component("a/b", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textThatNoOutputFormatCanCarryIsRejected() {
    assertThatThrownBy(
            () ->
                anIncident("1")
                    .named("bell \u0007")
                    .update("2024-03-10T10:00:00Z", IncidentStatus.INVESTIGATING, "x")
                    .build())
        .hasMessageContaining("incident.name")
        .hasMessageContaining("U+7");
    assertThatThrownBy(
            () ->
                anIncident("1")
                    .update("2024-03-10T10:00:00Z", IncidentStatus.INVESTIGATING, "\uD800 lone")
                    .build())
        .hasMessageContaining("update.body");
  }

  @Test
  void resolutionTimeAndClosedStatusGoTogether() {
    assertThatThrownBy(
            () ->
                new PublicIncident(
                    "1",
                    "INC-1",
                    "x",
                    IncidentImpact.MINOR,
                    IncidentStatus.RESOLVED,
                    T,
                    T,
                    null,
                    List.of(),
                    List.of()))
        .hasMessageContaining("resolvedAt");
    assertThatThrownBy(
            () ->
                new PublicIncident(
                    "1",
                    "INC-1",
                    "x",
                    IncidentImpact.MINOR,
                    IncidentStatus.MONITORING,
                    T,
                    T,
                    T,
                    List.of(),
                    List.of()))
        .hasMessageContaining("resolvedAt");
  }

  @Test
  void referencesMustPointIntoTheSnapshot() {
    var incident =
        anIncident("1")
            .affecting("ghost")
            .update("2024-03-10T10:00:00Z", IncidentStatus.INVESTIGATING, "x")
            .build();
    assertThatThrownBy(() -> snapshot(List.of(component("api", null)), List.of(incident)))
        .hasMessageContaining("unknown component ghost");
    assertThatThrownBy(() -> snapshot(List.of(component("api", "nogroup")), List.of()))
        .hasMessageContaining("unknown group nogroup");
  }

  @Test
  void groupsAndComponentsShareOneIdSpace() {
    assertThatThrownBy(
            () ->
                new StatusSnapshot(
                    T,
                    "v1",
                    SampleSnapshot.config(),
                    List.of(new PublicComponentGroup("api", "API group", null, 1)),
                    List.of(component("api", null)),
                    List.of(),
                    List.of()))
        .hasMessageContaining("duplicate api");
  }

  @Test
  void updatesAreKeptInChronologicalOrderWhateverTheInputOrder() {
    var first = new PublicUpdate("b", IncidentStatus.INVESTIGATING, "first", T, List.of());
    var second =
        new PublicUpdate("a", IncidentStatus.RESOLVED, "second", T.plusSeconds(60), List.of());
    var incident =
        new PublicIncident(
            "1",
            "INC-1",
            "x",
            IncidentImpact.MINOR,
            IncidentStatus.RESOLVED,
            T,
            T,
            T.plusSeconds(60),
            List.of(),
            List.of(second, first));
    assertThat(incident.updates()).containsExactly(first, second);
    assertThat(incident.updatesNewestFirst()).containsExactly(second, first);
  }

  @Test
  void baseUrlIsNormalisedAndMustBeAbsoluteHttp() {
    var branding = new Branding("Example", null, null);
    var config =
        SiteConfig.withDefaults(
            "Status", URI.create("https://status.example.org/sub"), ZoneId.of("UTC"), branding);
    assertThat(config.baseUrl()).hasToString("https://status.example.org/sub/");
    assertThat(config.uptimeDays()).isEqualTo(90);
    assertThat(branding.accentColor()).isEqualTo(Branding.DEFAULT_ACCENT);
    assertThatThrownBy(
            () ->
                SiteConfig.withDefaults(
                    "Status", URI.create("/relative/"), ZoneId.of("UTC"), branding))
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(
            () ->
                SiteConfig.withDefaults(
                    "S", URI.create("ftp://x.org/"), ZoneId.of("UTC"), branding))
        .hasMessageContaining("baseUrl");
  }

  private static PublicComponent component(String id, String group) {
    return new PublicComponent(
        id, "Name", null, group, 1, false, ComponentStatus.OPERATIONAL, T, T);
  }

  private static StatusSnapshot snapshot(
      List<PublicComponent> components, List<PublicIncident> incidents) {
    return new StatusSnapshot(
        T, "v1", SampleSnapshot.config(), List.of(), components, incidents, List.of());
  }
}
