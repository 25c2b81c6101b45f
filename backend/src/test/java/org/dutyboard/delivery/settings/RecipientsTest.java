package org.dutyboard.delivery.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.ErrorCode;
import org.junit.jupiter.api.Test;

class RecipientsTest {
  @Test
  void addressesAreTrimmedAndRepeatsDropped() {
    assertThat(
            Recipients.validated(
                List.of(
                    " ops@example.org ", "Lead.Name+sre@mail.example.co.uk", "OPS@example.org")))
        .containsExactly("ops@example.org", "Lead.Name+sre@mail.example.co.uk");
  }

  @Test
  void whatIsNotAPlainAddressIsRefusedNamingTheEntry() {
    for (String bad :
        List.of(
            "",
            "ops",
            "ops@localhost",
            "Ops <ops@example.org>",
            "ops@example.org, lead@example.org",
            "ops@example.org\r\nBcc: x@example.org",
            "ops@-example.org",
            "a..b@example.org")) {
      assertThatThrownBy(() -> Recipients.validated(List.of("ok@example.org", bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              DutyboardException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.field()).contains("recipients[1]");
              });
    }
  }

  @Test
  void aTeamHasAtMostFiftyRecipients() {
    assertThatThrownBy(
            () -> Recipients.validated(Collections.nCopies(Recipients.MAX + 1, "a@example.org")))
        .isInstanceOf(DutyboardException.class)
        .hasMessageContaining("at most 50");
  }
}
