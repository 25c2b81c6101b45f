package org.dutyboard.rotation.fairness;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Inputs of the fairness report. */
@ConfigMapping(prefix = "dutyboard.fairness")
public interface FairnessConfig {
  /**
   * Public holidays (ISO dates, comma-separated, e.g. {@code 2026-12-25,2026-12-26}) whose duty
   * hours the fairness report counts as holiday hours, in each rotation's own time zone.
   */
  Optional<List<LocalDate>> holidays();
}
