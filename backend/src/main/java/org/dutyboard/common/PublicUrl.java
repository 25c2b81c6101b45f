package org.dutyboard.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the service is reached from outside, for links it prints (e.g. calendar feed URLs). A plain
 * property rather than a {@code @ConfigMapping}: a mapping rooted at {@code dutyboard} would claim
 * every other {@code dutyboard.*} key.
 */
@ApplicationScoped
public class PublicUrl {
  /** {@code dutyboard.public-url}: base URL users and their calendar apps reach the service at. */
  @ConfigProperty(name = "dutyboard.public-url", defaultValue = "http://localhost:8080")
  String base;

  /** The base URL (without a trailing slash) joined with {@code path}, which starts with "/". */
  public String link(String path) {
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }
}
