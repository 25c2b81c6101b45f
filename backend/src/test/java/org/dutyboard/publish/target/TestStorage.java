package org.dutyboard.publish.target;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dutyboard.testing.S3ProxyServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/** Object storage settings pointing at a test's s3proxy. */
record TestStorage(URI endpointUri, int maxAttempts, Duration deleteGrace)
    implements ObjectStorageConfig {

  TestStorage(URI endpoint) {
    this(endpoint, 3, Duration.ofMinutes(10));
  }

  @Override
  public Optional<String> endpoint() {
    return Optional.of(endpointUri.toString());
  }

  @Override
  public String region() {
    return "us-east-1";
  }

  @Override
  public boolean pathStyleAccess() {
    return true;
  }

  @Override
  public Duration callTimeout() {
    return Duration.ofSeconds(30);
  }

  /** A client with the server's credentials, observed by {@code interceptors}. */
  S3Client client(ExecutionInterceptor... interceptors) {
    return client(S3ProxyServer.CREDENTIAL, interceptors);
  }

  S3Client client(String secret, ExecutionInterceptor... interceptors) {
    return S3Clients.build(
        this,
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(S3ProxyServer.IDENTITY, secret)),
        List.of(interceptors));
  }
}
