package org.dutyboard.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What production promises: it survives a node loss, scales, is watched and locked down. */
class ProductionOverlayTest {

  private static RenderedOverlay production;
  private static Deployment deployment;
  private static Map<String, String> podLabels;

  @BeforeAll
  static void render() {
    production = RenderedOverlay.of("overlays/production");
    deployment = production.get("Deployment", "dutyboard", Deployment.class);
    podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
  }

  @Test
  void atLeastTwoReplicasSpreadOverNodesAndZonesSurviveADrain() {
    assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(deployment.getSpec().getSelector().getMatchLabels()).isEqualTo(podLabels);
    assertThat(
            deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
        .isZero();

    List<TopologySpreadConstraint> spread = pod().getTopologySpreadConstraints();
    assertThat(spread)
        .extracting(TopologySpreadConstraint::getTopologyKey)
        .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
    assertThat(spread).allSatisfy(c -> assertSelects(c.getLabelSelector().getMatchLabels()));

    PodDisruptionBudget pdb =
        production.get("PodDisruptionBudget", "dutyboard", PodDisruptionBudget.class);
    assertSelects(pdb.getSpec().getSelector().getMatchLabels());
    assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isPositive();
  }

  @Test
  void theAutoscalerScalesTheDeploymentOnCpuAndKeepsTwo() {
    HorizontalPodAutoscaler hpa =
        production.get("HorizontalPodAutoscaler", "dutyboard", HorizontalPodAutoscaler.class);

    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("dutyboard");
    assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
    assertThat(hpa.getSpec().getMetrics())
        .extracting(m -> m.getResource().getName())
        .contains("cpu");
    // The pods request CPU, without which a utilization target means nothing.
    assertThat(backend().getResources().getRequests()).containsKey("cpu");
  }

  @Test
  void theBackendRunsNonRootOnAReadOnlyRootWithProbesAndResources() {
    Container backend = backend();

    assertThat(pod().getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(backend.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(backend.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(backend.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(backend.getVolumeMounts())
        .extracting(VolumeMount::getMountPath)
        .contains("/tmp", config("DUTYBOARD_DATA_DIR"));
    assertThat(pod().getVolumes()).allSatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());

    assertThat(backend.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
    assertThat(backend.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
    assertThat(backend.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
    assertThat(backend.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(backend.getResources().getLimits()).containsKey("memory");
  }

  @Test
  void theDatabaseIsAThreeInstanceCloudNativePgClusterBackedUpToObjectStorage() {
    JsonNode cluster = production.get("Cluster", "dutyboard-db");
    assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
    assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText())
        .startsWith("s3://");

    JsonNode backup =
        production.all().stream()
            .filter(o -> o.path("kind").asText().equals("ScheduledBackup"))
            .findFirst()
            .orElseThrow();
    assertThat(backup.at("/spec/cluster/name").asText()).isEqualTo("dutyboard-db");
    assertThat(backup.at("/spec/method").asText()).isEqualTo("barmanObjectStore");

    // The backend reads URL and credentials from the secret the operator generates.
    Container backend = backend();
    for (String name :
        List.of(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD")) {
      EnvVar variable = envVar(backend, name);
      assertThat(variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo("dutyboard-db-app");
    }
  }

  @Test
  void bothSitesArePublishedToObjectStorage() {
    ConfigMap config = production.get("ConfigMap", "dutyboard-config", ConfigMap.class);

    assertThat(config.getData().get("DUTYBOARD_STATUS_SITE_PUBLISH_TO")).startsWith("s3://");
    assertThat(config.getData().get("DUTYBOARD_WEEKLY_REPORT_PUBLISH_TO")).startsWith("s3://");
    assertThat(config.getData()).containsKey("DUTYBOARD_S3_REGION");
    assertThat(backend().getEnvFrom())
        .filteredOn(e -> e.getSecretRef() != null)
        .extracting(e -> e.getSecretRef().getName())
        .containsExactly("dutyboard-object-storage");
  }

  @Test
  void prometheusScrapesMetricsThroughTheService() {
    Service service = production.get("Service", "dutyboard", Service.class);
    ServiceMonitor monitor = production.get("ServiceMonitor", "dutyboard", ServiceMonitor.class);

    assertThat(service.getSpec().getSelector()).isEqualTo(podLabels);
    assertThat(service.getMetadata().getLabels())
        .containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
    assertThat(monitor.getSpec().getEndpoints())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getPath()).isEqualTo("/q/metrics");
              assertThat(service.getSpec().getPorts())
                  .anySatisfy(p -> assertThat(p.getName()).isEqualTo(e.getPort()));
            });
  }

  @Test
  void theNetworkPolicyAdmitsOnlyTheHttpPortAndReachesOnlyDatabaseDnsAndHttps() {
    NetworkPolicy policy = production.get("NetworkPolicy", "dutyboard", NetworkPolicy.class);
    assertSelects(policy.getSpec().getPodSelector().getMatchLabels());
    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");

    assertThat(policy.getSpec().getIngress())
        .flatExtracting(r -> r.getPorts())
        .extracting(p -> p.getPort().getIntVal())
        .containsOnly(backend().getPorts().get(0).getContainerPort());

    List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
    assertThat(egress)
        .flatExtracting(r -> r.getPorts())
        .extracting(p -> p.getPort().getIntVal())
        .containsExactlyInAnyOrder(5432, 53, 53, 443);
    NetworkPolicyEgressRule database =
        egress.stream().filter(r -> ports(r).contains(5432)).findFirst().orElseThrow();
    assertThat(database.getTo().get(0).getPodSelector().getMatchLabels())
        .containsEntry("cnpg.io/cluster", "dutyboard-db");
  }

  private static List<Integer> ports(NetworkPolicyEgressRule rule) {
    return rule.getPorts().stream()
        .map(NetworkPolicyPort::getPort)
        .map(p -> p.getIntVal())
        .toList();
  }

  private static void assertSelects(Map<String, String> selector) {
    assertThat(podLabels).containsAllEntriesOf(selector);
    assertThat(selector).isNotEmpty();
  }

  @Test
  void replicasSizeTheHeapFromTheLimitAndSkipCompilingTheStartsOnceOnlyCode() {
    // The image has no class archive; the scaled JIT thresholds save a replica about 1 s of its
    // start (docs/operators.md, "JVM flags").
    assertThat(envVar(backend(), "JAVA_TOOL_OPTIONS").getValue().split(" "))
        .contains(
            "-XX:MaxRAMPercentage=50.0",
            "-XX:CompileThresholdScaling=2",
            "-XX:+ExitOnOutOfMemoryError");
  }

  private static PodSpec pod() {
    return deployment.getSpec().getTemplate().getSpec();
  }

  private static Container backend() {
    return pod().getContainers().get(0);
  }

  private static String config(String name) {
    ConfigMap config = production.get("ConfigMap", "dutyboard-config", ConfigMap.class);
    return config.getData().get(name);
  }

  private static EnvVar envVar(Container container, String name) {
    return container.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
  }
}
