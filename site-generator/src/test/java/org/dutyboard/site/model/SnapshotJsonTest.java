package org.dutyboard.site.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dutyboard.site.fixtures.SampleSnapshot;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

  @Test
  void roundTripsTheWholeSnapshot() throws Exception {
    StatusSnapshot snapshot = SampleSnapshot.snapshot();
    assertThat(SnapshotJson.read(SnapshotJson.write(snapshot))).isEqualTo(snapshot);
  }

  @Test
  void anExportCarryingMoreThanThePublicModelIsRejected() throws Exception {
    ObjectNode json = exported();
    ((ObjectNode) json.withArray("incidents").get(0)).put("internalNotes", "coordinator: alice");
    assertThatThrownBy(() -> SnapshotJson.read(json.toString()))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("internalNotes");
  }

  @Test
  void constructorChecksRunWhenReading() throws Exception {
    ObjectNode json = exported();
    ((ObjectNode) json.withArray("components").get(0)).put("id", "../api");
    assertThatThrownBy(() -> SnapshotJson.read(json.toString()))
        .hasMessageContaining("component.id");
  }

  @Test
  void optionalConfigNumbersDefault() throws Exception {
    ObjectNode json = exported();
    ObjectNode config = (ObjectNode) json.get("config");
    config.remove("uptimeDays");
    config.remove("keepVersions");
    SiteConfig read = SnapshotJson.read(json.toString()).config();
    assertThat(read.uptimeDays()).isEqualTo(SiteConfig.DEFAULT_UPTIME_DAYS);
    assertThat(read.keepVersions()).isEqualTo(SiteConfig.DEFAULT_KEEP_VERSIONS);
  }

  private static ObjectNode exported() throws Exception {
    return (ObjectNode) new ObjectMapper().readTree(SnapshotJson.write(SampleSnapshot.snapshot()));
  }

  @Test
  void contentHashIgnoresTheTimeOfDayButNotTheDate() {
    StatusSnapshot snapshot = SampleSnapshot.snapshot();
    String hash = SnapshotJson.contentHash(snapshot);
    assertThat(
            SnapshotJson.contentHash(
                snapshot.withGeneratedAt(snapshot.generatedAt().plusSeconds(3600))))
        .isEqualTo(hash);
    assertThat(
            SnapshotJson.contentHash(
                snapshot.withGeneratedAt(snapshot.generatedAt().plusSeconds(86_400))))
        .isNotEqualTo(hash);
  }
}
