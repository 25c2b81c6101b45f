package org.dutyboard.publish.target;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The S3-compatible object store that {@code s3://} publish targets use. Credentials come from the
 * AWS default provider chain (environment, system properties, profile, web identity, container).
 */
@ConfigMapping(prefix = "dutyboard.s3")
public interface ObjectStorageConfig {
  /** Endpoint URL for stores other than AWS S3 (R2, MinIO, Ceph RGW, GCS); AWS's by default. */
  Optional<String> endpoint();

  /** Signing region ({@code auto} for R2, any for MinIO). */
  @WithDefault("us-east-1")
  String region();

  /** Path-style URLs ({@code endpoint/bucket/key}) instead of bucket subdomains (MinIO, Ceph). */
  @WithDefault("false")
  boolean pathStyleAccess();

  /** How long an object stays after the live version stopped using it (CDN edges may lag). */
  @WithDefault("PT10M")
  Duration deleteGrace();

  /** Attempts per request, with exponential backoff and jitter between them (1..10). */
  @WithDefault("4")
  int maxAttempts();

  /** Timeout of one HTTP call to the store. */
  @WithDefault("PT30S")
  Duration callTimeout();
}
