package org.dutyboard.common.error;

/** Text from clients made safe for a log line: control characters escaped, length bounded. */
public final class LogText {
  private static final int MAX = 200;

  private LogText() {}

  /** {@code text} with control characters (CR, LF, NUL, ESC, ...) as {@code \\uXXXX}. */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 16);
    for (int i = 0; i < text.length() && i < MAX; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > MAX) {
      out.append("...");
    }
    return out.toString();
  }
}
