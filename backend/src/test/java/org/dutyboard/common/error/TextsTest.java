package org.dutyboard.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void keepsLineBreaksTabsEmojiAndRightToLeftText() {
    String text = "Line one\r\nline\ttwo 🚒 שלום <b>&";
    assertThat(Texts.required("message", "  " + text + " ", 100)).isEqualTo(text);
    assertThat(Texts.optional("message", text, 100)).isEqualTo(text);
  }

  @Test
  void refusesControlCharactersThatNoFeedOrPageCouldCarry() {
    for (String bad : new String[] {"bell\u0007", "nul\u0000x", "esc\u001b[31m", "del\u007f"}) {
      assertThatThrownBy(() -> Texts.required("title", bad, 100))
          .isInstanceOfSatisfying(
              DutyboardException.class,
              e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage())
                    .startsWith("title contains the unsupported character U+");
              });
      assertThatThrownBy(() -> Texts.optional("notes", bad, 100))
          .isInstanceOf(DutyboardException.class);
    }
  }

  @Test
  void refusesLoneSurrogatesAndNonCharacters() {
    assertThatThrownBy(() -> Texts.required("title", "half \ud83d", 100))
        .hasMessageContaining("U+D83D");
    assertThatThrownBy(() -> Texts.optional("title", "x\uffff", 100))
        .hasMessageContaining("U+FFFF");
  }
}
