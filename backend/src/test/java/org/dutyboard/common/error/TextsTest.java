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

  @Test
  void refusesBidiOverridesAndIsolatesEverywhere() {
    for (int cp :
        new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
      String bad = "Tomas" + Character.toString(cp) + "Ek";
      assertThatThrownBy(() -> Texts.optional("message", bad, 100))
          .hasMessage("message contains the unsupported character U+%04X", cp);
    }
    assertThat(Texts.required("title", "\u200Fשלום Ek", 100)).isEqualTo("\u200Fשלום Ek");
  }

  @Test
  void namesAreOneLineAndNeverASpreadsheetFormula() {
    assertThat(Texts.name("name", " Ines Marsh-Ek ", 200)).isEqualTo("Ines Marsh-Ek");
    for (String formula :
        new String[] {"=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)"}) {
      assertThatThrownBy(() -> Texts.name("name", formula, 200))
          .hasMessageContaining("must not start with " + formula.charAt(0));
    }
    for (String broken : new String[] {"Ines\nMarsh", "Ines\rMarsh", "Ines\tMarsh"}) {
      assertThatThrownBy(() -> Texts.name("name", broken, 200))
          .hasMessage("name must be a single line");
      assertThatThrownBy(() -> Texts.singleLine("title", broken, 200))
          .hasMessage("title must be a single line");
    }
  }
}
