package org.dutyboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text stays inside its bullet whatever line breaks it carries. */
class MarkdownTextTest {
  @Test
  void everyKindOfLineBreakBecomesOneSpace() {
    assertThat(MarkdownText.text("db\r\n# down\rnow\u2028- x\u2029y\n\nz"))
        .isEqualTo("db # down now - x y z");
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    assertThat(MarkdownText.text("  Database failover done  ")).isEqualTo("Database failover done");
    assertThat(MarkdownText.text(null)).isEmpty();
  }
}
