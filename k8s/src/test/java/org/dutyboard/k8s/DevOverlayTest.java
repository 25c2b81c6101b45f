package org.dutyboard.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** Dev: one small replica on a one-instance database, publishing to its own directory. */
class DevOverlayTest {

  @Test
  void oneSmallReplicaOnASingleInstanceDatabaseWithLocalPublishing() {
    RenderedOverlay dev = RenderedOverlay.of("overlays/dev");
    Deployment deployment = dev.get("Deployment", "dutyboard", Deployment.class);
    ConfigMap config = dev.get("ConfigMap", "dutyboard-config", ConfigMap.class);

    assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
    assertThat(
            Quantity.getAmountInBytes(
                deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getResources()
                    .getLimits()
                    .get("memory")))
        .isLessThanOrEqualTo(Quantity.getAmountInBytes(new Quantity("512Mi")));
    assertThat(dev.get("Cluster", "dutyboard-db").at("/spec/instances").asInt()).isEqualTo(1);
    assertThat(dev.get("Cluster", "dutyboard-db").at("/spec/backup").isMissingNode()).isTrue();
    assertThat(config.getData())
        .doesNotContainKeys(
            "DUTYBOARD_STATUS_SITE_PUBLISH_TO", "DUTYBOARD_WEEKLY_REPORT_PUBLISH_TO");
    assertThat(dev.kinds()).doesNotContain("HorizontalPodAutoscaler", "ScheduledBackup");
  }
}
