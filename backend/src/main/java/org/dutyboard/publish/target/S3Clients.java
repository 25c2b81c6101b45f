package org.dutyboard.publish.target;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;

/** Builds the S3 client from {@link ObjectStorageConfig}: the JDK's HTTP client, retries. */
public final class S3Clients {
  private S3Clients() {}

  /**
   * A client for {@code config}. {@code interceptors} observe each call (tests record the order of
   * uploads with one).
   */
  public static S3Client build(
      ObjectStorageConfig config,
      AwsCredentialsProvider credentials,
      List<ExecutionInterceptor> interceptors) {
    var builder =
        S3Client.builder()
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(config.callTimeout())
                    .socketTimeout(config.callTimeout()))
            .region(Region.of(config.region()))
            .forcePathStyle(config.pathStyleAccess())
            .credentialsProvider(credentials)
            // Plain Content-MD5 instead of the newer trailing checksums: every S3-compatible
            // store understands it.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .overrideConfiguration(
                o -> {
                  o.retryStrategy(
                      StandardRetryStrategy.builder()
                          .maxAttempts(config.maxAttempts())
                          .backoffStrategy(
                              BackoffStrategy.exponentialDelay(
                                  java.time.Duration.ofMillis(200),
                                  java.time.Duration.ofSeconds(5)))
                          .build());
                  o.apiCallAttemptTimeout(config.callTimeout());
                  interceptors.forEach(o::addExecutionInterceptor);
                });
    config.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
    return builder.build();
  }
}
