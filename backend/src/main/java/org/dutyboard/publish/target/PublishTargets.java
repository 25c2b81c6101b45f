package org.dutyboard.publish.target;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds each site's {@link SitePush} from its {@code publish-to} key: unset for the local output
 * directory, {@code s3://bucket/prefix} for an S3-compatible store. Publishers call {@link
 * #forSite} at start-up, so a bad value stops the service with a message naming the key and the
 * value.
 */
@ApplicationScoped
public class PublishTargets {
  @Inject ObjectStorageConfig storage;
  @Inject Clock clock;
  @Inject MeterRegistry registry;

  private S3Client s3;

  /**
   * @param site the site's key prefix below {@code dutyboard.}, e.g. {@code status-site}
   * @param publishTo the value of {@code dutyboard.<site>.publish-to}
   * @param afterPublishUrl the value of {@code dutyboard.<site>.after-publish-url}
   * @param publicBase the site's public URL (hook bodies resolve changed paths against it)
   */
  public synchronized SitePush forSite(
      String site, Optional<String> publishTo, Optional<String> afterPublishUrl, URI publicBase) {
    PublishTarget target =
        publishTo.filter(s -> !s.isBlank()).map(url -> s3Target(site, url)).orElse(null);
    Optional<AfterPublishHook> hook =
        afterPublishUrl
            .filter(s -> !s.isBlank())
            .map(
                url -> new AfterPublishHook(httpUrl(site + ".after-publish-url", url), publicBase));
    return new SitePush(
        site, target == null ? new LocalDirectory() : target, hook, clock, registry);
  }

  private PublishTarget s3Target(String site, String url) {
    S3Location location;
    try {
      location = S3Location.parse(url);
    } catch (IllegalArgumentException e) {
      throw invalid("dutyboard." + site + ".publish-to", url, e.getMessage());
    }
    return new S3Bucket(client(), location, checkedGrace(), clock);
  }

  private S3Client client() {
    if (s3 == null) {
      storage.endpoint().ifPresent(e -> httpUrl("s3.endpoint", e));
      if (storage.maxAttempts() < 1 || storage.maxAttempts() > 10) {
        throw invalid("dutyboard.s3.max-attempts", storage.maxAttempts(), "must be 1..10");
      }
      s3 = S3Clients.build(storage, DefaultCredentialsProvider.builder().build(), List.of());
    }
    return s3;
  }

  private java.time.Duration checkedGrace() {
    if (storage.deleteGrace().isNegative()) {
      throw invalid("dutyboard.s3.delete-grace", storage.deleteGrace(), "must not be negative");
    }
    return storage.deleteGrace();
  }

  private static URI httpUrl(String key, String value) {
    try {
      URI uri = URI.create(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw invalid("dutyboard." + key, value, "expected an absolute http(s) URL");
  }

  private static IllegalArgumentException invalid(String key, Object value, String reason) {
    return new IllegalArgumentException(
        "Invalid publish configuration " + key + "='" + value + "': " + reason);
  }

  @PreDestroy
  synchronized void close() {
    if (s3 != null) {
      s3.close();
    }
  }
}
