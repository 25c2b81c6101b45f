package org.dutyboard.clinic.alertpage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The Alertmanager webhook receiver. */
@ConfigMapping(prefix = "dutyboard.alertmanager")
public interface AlertmanagerConfig {
  /** Largest webhook body accepted, in bytes; larger bodies get 413 and change nothing. */
  @WithDefault("1048576")
  int maxBodyBytes();

  /** Alert label naming the rotation whose on-call people a page is attributed to. */
  @WithDefault("dutyboard_rotation")
  String rotationLabel();

  /** Rotation for alerts with neither the label nor a {@code ?rotation=} on the webhook URL. */
  Optional<String> defaultRotation();
}
