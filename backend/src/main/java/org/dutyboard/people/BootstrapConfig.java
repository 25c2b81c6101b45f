package org.dutyboard.people;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Start-up credentials. */
@ConfigMapping(prefix = "dutyboard.bootstrap")
public interface BootstrapConfig {
  /**
   * When set, an admin API token with exactly this secret exists after start-up (env: {@code
   * DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN}). Changing it revokes the previous bootstrap token.
   */
  Optional<String> adminToken();
}
