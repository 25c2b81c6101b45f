package org.dutyboard.site.publish;

import java.io.IOException;
import java.util.List;

/** A generation that failed or did not validate; the live site is unchanged. */
public class PublishException extends IOException {

  private final List<String> problems;

  public PublishException(String message, List<String> problems, Throwable cause) {
    super(
        message + (problems.isEmpty() ? "" : ": " + String.join("; ", firstFew(problems))), cause);
    this.problems = List.copyOf(problems);
  }

  /** Validation problems, empty when rendering itself failed. */
  public List<String> problems() {
    return problems;
  }

  private static List<String> firstFew(List<String> problems) {
    return problems.size() <= 10 ? problems : problems.subList(0, 10);
  }
}
