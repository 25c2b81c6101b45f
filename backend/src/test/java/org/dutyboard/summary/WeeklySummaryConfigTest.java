package org.dutyboard.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

/** The report deadline is read once at start-up; a negative one stops the service there. */
class WeeklySummaryConfigTest {
  private static SmallRyeConfig config(String reportDueDays) {
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder().withMapping(WeeklySummaryConfig.class);
    if (reportDueDays != null) {
      builder.withDefaultValue("dutyboard.summary.report-due-days", reportDueDays);
    }
    return builder.build();
  }

  @Test
  void defaultsToFiveDaysAndAcceptsZero() {
    assertEquals(5, config(null).getConfigMapping(WeeklySummaryConfig.class).reportDueDays());
    assertEquals(0, config("0").getConfigMapping(WeeklySummaryConfig.class).reportDueDays());
  }

  @Test
  void aNegativeValueFailsNamingTheKeyAndValue() {
    RuntimeException e = assertThrows(RuntimeException.class, () -> config("-1"));
    String message = messages(e);
    assertTrue(message.contains("dutyboard.summary.report-due-days"), message);
    assertTrue(message.contains("must be 0 or more, was -1"), message);
  }

  @Test
  void aValueThatIsNoNumberFails() {
    String message = messages(assertThrows(RuntimeException.class, () -> config("five")));
    assertTrue(message.contains("dutyboard.summary.report-due-days"), message);
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
