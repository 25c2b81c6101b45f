package org.dutyboard.publish.target;

/**
 * A push to a publish target failed; the target still serves the previous version. The message
 * names the target and the cause and is meant for the log (it holds no secrets).
 */
public class PublishTargetException extends RuntimeException {
  public PublishTargetException(String message, Throwable cause) {
    super(message, cause);
  }
}
