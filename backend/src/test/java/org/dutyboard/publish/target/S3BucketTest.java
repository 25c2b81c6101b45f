package org.dutyboard.publish.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.dutyboard.testing.MutableClock;
import org.dutyboard.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@link S3Bucket} against a real S3 API server (s3proxy) started by the test. */
class S3BucketTest {
  static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  static final String PREFIX = "status";

  @TempDir static Path serverDir;
  static S3ProxyServer server;
  static TestStorage storage;
  static S3Client observer;

  @TempDir Path work;
  final MutableClock clock = new MutableClock();
  final List<String> puts = Collections.synchronizedList(new ArrayList<>());
  String bucket;

  @BeforeAll
  static void startServer() throws IOException {
    server = S3ProxyServer.start(serverDir);
    storage = new TestStorage(server.endpoint());
    observer = storage.client();
  }

  @AfterAll
  static void stopServer() {
    if (observer != null) {
      observer.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void newBucket() {
    clock.set(T0);
    bucket = "site-" + UUID.randomUUID().toString().substring(0, 8);
    observer.createBucket(b -> b.bucket(bucket));
  }

  @Test
  void everyObjectCarriesItsContentTypeAndCachePolicy() throws IOException {
    Path v1 = SiteVersions.v1(work.resolve("v1"));
    bucket(recordingPuts(p -> {})).push(v1);

    String css = asset(v1, "site", "css");
    String logo = asset(v1, "logo", "svg");
    assertHead("index.html", "text/html", ObjectPolicy.SHORT);
    assertHead("incidents/1.html", "text/html", ObjectPolicy.SHORT);
    assertHead("api/v2/status.json", "application/json", ObjectPolicy.SHORT);
    assertHead("history.atom", "application/atom+xml; charset=utf-8", ObjectPolicy.SHORT);
    assertHead("history.rss", "application/rss+xml; charset=utf-8", ObjectPolicy.SHORT);
    assertHead("maintenance.ics", "text/calendar; charset=utf-8", ObjectPolicy.SHORT);
    assertHead("badge.svg", "image/svg+xml", ObjectPolicy.SHORT);
    assertHead("generated.json", "application/json", ObjectPolicy.SHORT);
    assertHead(css, "text/css; charset=utf-8", ObjectPolicy.IMMUTABLE);
    assertHead(logo, "image/svg+xml", ObjectPolicy.IMMUTABLE);
    assertThat(read("index.html")).contains("All systems operational");
  }

  @Test
  void noPageIsWrittenBeforeWhatItLinksToAndTheHeartbeatComesLast() throws IOException {
    Path v1 = SiteVersions.v1(work.resolve("v1"));
    Path v2 = SiteVersions.v2(work.resolve("v2"));
    List<String> missing = Collections.synchronizedList(new ArrayList<>());
    for (Path version : List.of(v1, v2)) {
      puts.clear();
      bucket(recordingPuts(key -> missing.addAll(missingLinks(version, key)))).push(version);
      List<String> site = puts.stream().filter(k -> !k.endsWith(S3Bucket.STALE_RECORD)).toList();
      assertThat(site).last().isEqualTo(PREFIX + "/generated.json");
      assertThat(site.indexOf(PREFIX + "/index.html")).isEqualTo(site.size() - 2);
    }
    assertThat(missing).as("links to objects missing at the moment a page was written").isEmpty();
    assertThat(read("index.html")).contains("Partial outage");
  }

  @Test
  void unchangedObjectsAreNotUploadedAgain() throws IOException {
    Path v1 = SiteVersions.v1(work.resolve("v1"));
    S3Bucket target = bucket(recordingPuts(p -> {}));
    PushResult first = target.push(v1);
    assertThat(first.uploaded()).hasSize(11);

    puts.clear();
    assertThat(target.push(v1)).isEqualTo(PushResult.none());
    assertThat(puts).isEmpty();

    Path v2 = SiteVersions.v2(work.resolve("v2"));
    PushResult second = target.push(v2);
    assertThat(second.uploaded())
        .as("the logo is the same in both versions")
        .doesNotContain(asset(v1, "logo", "svg"))
        .contains(asset(v2, "site", "css"), "incidents/2.html", "index.html");
  }

  @Test
  void staleObjectsStayForTheGracePeriodAfterTheNewEntryPointsAreLive() throws IOException {
    Path v1 = SiteVersions.v1(work.resolve("v1"));
    Path v2 = SiteVersions.v2(work.resolve("v2"));
    S3Bucket target = bucket(recordingPuts(p -> {}));
    target.push(v1);
    String oldCss = asset(v1, "site", "css");

    clock.set(T0.plus(Duration.ofMinutes(1)));
    assertThat(target.push(v2).deleted()).isEmpty();
    assertThat(keys()).contains(oldCss, "incidents/1.html");

    clock.set(T0.plus(Duration.ofMinutes(10)).plusSeconds(59));
    assertThat(target.push(v2).deleted()).as("9m59s stale: kept").isEmpty();
    assertThat(keys()).contains(oldCss, "incidents/1.html");

    clock.set(T0.plus(Duration.ofMinutes(11)));
    assertThat(target.push(v2).deleted()).containsExactly(oldCss, "incidents/1.html");
    assertThat(keys())
        .doesNotContain(oldCss, "incidents/1.html")
        .contains(asset(v2, "site", "css"), "incidents/2.html", "index.html");
  }

  @Test
  void wrongCredentialsGiveAClearErrorAndLeaveTheSiteAlone() throws IOException {
    bucket(recordingPuts(p -> {})).push(SiteVersions.v1(work.resolve("v1")));
    Set<String> before = keys();

    try (S3Client wrong = storage.client("not-the-secret")) {
      S3Bucket target =
          new S3Bucket(wrong, new S3Location(bucket, PREFIX), Duration.ofMinutes(10), clock);
      assertThatThrownBy(() -> target.push(SiteVersions.v2(work.resolve("v2"))))
          .isInstanceOf(PublishTargetException.class)
          .hasMessageContaining("s3://" + bucket + "/" + PREFIX)
          .hasMessageContaining("HTTP 403")
          .hasMessageContaining("check the credentials");
    }
    assertThat(keys()).isEqualTo(before);
    assertThat(read("index.html")).contains("All systems operational");
  }

  @Test
  void aStoreThatStopsMidPublishKeepsTheOldSiteAndTheNextRunRepairsIt() throws IOException {
    Path v1 = SiteVersions.v1(work.resolve("v1"));
    Path v2 = SiteVersions.v2(work.resolve("v2"));
    bucket(recordingPuts(p -> {})).push(v1);

    puts.clear();
    S3Bucket interrupted =
        bucket(
            recordingPuts(
                key -> {
                  if (puts.size() == 3) {
                    server.stop();
                  }
                }));
    try {
      assertThatThrownBy(() -> interrupted.push(v2))
          .isInstanceOf(PublishTargetException.class)
          .hasMessageContaining("failed after 3 uploads");
    } finally {
      server.start();
    }
    assertThat(read("index.html")).contains("All systems operational");
    assertThat(SiteVersions.links("index.html", read("index.html"))).allMatch(this::exists);

    PushResult repaired = bucket(recordingPuts(p -> {})).push(v2);
    assertThat(repaired.uploaded()).contains("index.html", "incidents/2.html");
    assertThat(read("index.html")).contains("Partial outage");
    assertThat(SiteVersions.links("index.html", read("index.html"))).allMatch(this::exists);
  }

  @Test
  void theHookGetsTheChangedPathsAndTheMetricsCountThePublish() throws Exception {
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/purge",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try {
      URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/purge");
      SitePush push =
          new SitePush(
              "status-site",
              bucket(recordingPuts(p -> {})),
              Optional.of(new AfterPublishHook(hook, URI.create("https://status.example.org/"))),
              clock,
              registry);
      Path v1 = SiteVersions.v1(work.resolve("v1"));
      push.publish(() -> Optional.of(v1));
      push.publish(() -> Optional.of(v1));

      assertThat(bodies).as("the unchanged second run calls no hook").hasSize(1);
      JsonNode body = new ObjectMapper().readTree(bodies.get(0));
      assertThat(body.path("site").asText()).isEqualTo("status-site");
      assertThat(body.path("target").asText()).isEqualTo("s3://" + bucket + "/" + PREFIX);
      assertThat(body.path("uploaded").toString()).contains("\"index.html\"");
      assertThat(body.path("urls").toString())
          .contains("\"https://status.example.org/index.html\"");
      assertThat(registry.get("dutyboard.publish.objects.uploaded").counter().count())
          .isEqualTo(11);
      assertThat(registry.get("dutyboard.publish.last.success.seconds").gauge().value())
          .isEqualTo(T0.getEpochSecond());
      assertThat(registry.get("dutyboard.publish.duration").timer().count()).isEqualTo(2);

      assertThatThrownBy(() -> push.publish(() -> Optional.of(work.resolve("missing"))))
          .isInstanceOf(RuntimeException.class);
      assertThat(registry.get("dutyboard.publish.failures").counter().count()).isEqualTo(1);
    } finally {
      receiver.stop(0);
    }
  }

  private S3Bucket bucket(ExecutionInterceptor interceptor) {
    return new S3Bucket(
        storage.client(interceptor), new S3Location(bucket, PREFIX), Duration.ofMinutes(10), clock);
  }

  /** Records the key of every PUT, calling {@code before} just before it is sent. */
  ExecutionInterceptor recordingPuts(Consumer<String> before) {
    return new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(
          Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutObjectRequest put) {
          before.accept(put.key());
          puts.add(put.key());
        }
      }
    };
  }

  /** Links of the page about to be written that the store does not have right now. */
  List<String> missingLinks(Path version, String key) {
    String path = key.substring(PREFIX.length() + 1);
    if (!path.endsWith(".html")) {
      return List.of();
    }
    try {
      String html = SiteVersions.read(version, path).orElseThrow();
      return SiteVersions.links(path, html).stream()
          .filter(link -> !exists(link))
          .map(link -> path + " -> " + link)
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  boolean exists(String path) {
    try {
      observer.headObject(b -> b.bucket(bucket).key(PREFIX + "/" + path));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  void assertHead(String path, String contentType, String cacheControl) {
    HeadObjectResponse head = observer.headObject(b -> b.bucket(bucket).key(PREFIX + "/" + path));
    assertThat(head.contentType()).as(path).isEqualTo(contentType);
    assertThat(head.cacheControl()).as(path).isEqualTo(cacheControl);
  }

  String read(String path) {
    return observer.getObjectAsBytes(b -> b.bucket(bucket).key(PREFIX + "/" + path)).asUtf8String();
  }

  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    for (S3Object o :
        observer.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(PREFIX + "/")).contents()) {
      keys.add(o.key().substring(PREFIX.length() + 1));
    }
    keys.remove(S3Bucket.STALE_RECORD);
    return keys;
  }

  static String asset(Path version, String stem, String extension) throws IOException {
    try (var files = java.nio.file.Files.list(version.resolve("assets"))) {
      return "assets/"
          + files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(stem + ".") && n.endsWith("." + extension))
              .findFirst()
              .orElseThrow();
    }
  }
}
