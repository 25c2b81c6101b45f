package org.dutyboard.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kustomization renders, and every rendered object is valid for the cluster's API. */
class ManifestValidationTest {

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
  void everyKustomizationRendersToValidObjects(String dir) {
    RenderedOverlay overlay = RenderedOverlay.of(dir);

    assertThat(overlay.kinds()).contains("Deployment", "Service", "ConfigMap", "Cluster");
    // Secrets are created per environment, never rendered from the repository.
    assertThat(overlay.kinds()).doesNotContain("Secret");
  }

  @Test
  void aMisspeltFieldInACoreObjectFails() throws IOException {
    JsonNode deployment =
        one(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - name: c
                      image: i
                      readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
            """);

    assertThat(RenderedOverlay.problemsOf(deployment))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("readinesProbe");
  }

  @Test
  void aValueOfTheWrongTypeFails() throws IOException {
    JsonNode service =
        one(
            """
            apiVersion: v1
            kind: Service
            metadata: {name: s}
            spec:
              ports: [{port: eighty}]
            """);

    assertThat(RenderedOverlay.problemsOf(service)).isNotEmpty();
  }

  @Test
  void aKindNobodyChecksFails() throws IOException {
    JsonNode job = one("{apiVersion: batch/v1, kind: Job, metadata: {name: j}}");

    assertThat(RenderedOverlay.problemsOf(job)).singleElement().asString().contains("batch/v1/Job");
  }

  @Test
  void aCloudNativePgClusterIsCheckedAgainstItsSchema() throws IOException {
    JsonNode cluster =
        one(
            """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: db}
            spec:
              instance: 3
              storage: {size: 1Gi}
              primaryUpdateStrategy: sometimes
              backup:
                barmanObjectStore: {destinationPath: 42}
            """);

    assertThat(RenderedOverlay.problemsOf(cluster))
        .containsExactlyInAnyOrder(
            "postgresql.cnpg.io/v1/Cluster: spec.instances: required",
            "postgresql.cnpg.io/v1/Cluster: spec.instance: unknown field",
            "postgresql.cnpg.io/v1/Cluster: spec.primaryUpdateStrategy: \"sometimes\" is not one"
                + " of [\"unsupervised\",\"supervised\"]",
            "postgresql.cnpg.io/v1/Cluster: spec.backup.barmanObjectStore.destinationPath:"
                + " expected a string");
  }

  @Test
  void aScheduledBackupNeedsItsSchedule() throws IOException {
    JsonNode backup =
        one(
            """
            apiVersion: postgresql.cnpg.io/v1
            kind: ScheduledBackup
            metadata: {name: nightly}
            spec:
              cluster: {name: db}
            """);

    assertThat(RenderedOverlay.problemsOf(backup))
        .containsExactly("postgresql.cnpg.io/v1/ScheduledBackup: spec.schedule: required");
  }

  private static JsonNode one(String yaml) throws IOException {
    List<JsonNode> objects = Kustomize.parse(yaml);
    assertThat(objects).hasSize(1);
    return objects.get(0);
  }

  @Test
  void anOverlayWithAnInvalidObjectFailsNamingTheField() throws IOException {
    List<JsonNode> objects =
        Kustomize.parse("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, date: {}}");

    assertThatThrownBy(() -> new RenderedOverlay(objects)).hasMessageContaining("date");
  }
}
