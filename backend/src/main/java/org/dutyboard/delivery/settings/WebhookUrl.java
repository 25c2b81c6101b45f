package org.dutyboard.delivery.settings;

import java.net.URI;
import org.dutyboard.common.error.Texts;

/** A chat incoming-webhook URL: a secret whose path is the credential. */
public final class WebhookUrl {
  private WebhookUrl() {}

  /** Checks an absolute http(s) URL; {@code null} or blank is "none". */
  static String validated(String field, String value) {
    return value == null || value.isBlank() ? null : Texts.url(field, value.strip());
  }

  /** What may be shown of it: scheme and host, e.g. {@code https://hooks.slack.com/…}. */
  public static String masked(String url) {
    if (url == null) {
      return null;
    }
    URI uri = URI.create(url);
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + "/…";
  }
}
