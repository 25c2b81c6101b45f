package org.dutyboard.publish.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishTargetsTest {

  @Test
  void unsetMeansTheLocalDirectoryAndAnS3UrlMeansTheBucket() {
    assertThat(
            targets().forSite("status-site", Optional.empty(), Optional.empty(), base()).target())
        .isInstanceOf(LocalDirectory.class);
    assertThat(
            targets()
                .forSite(
                    "status-site",
                    Optional.of("s3://status-bucket/site/"),
                    Optional.empty(),
                    base())
                .target()
                .describe())
        .isEqualTo("s3://status-bucket/site");
  }

  @Test
  void aBadValueStopsStartUpNamingTheKeyAndTheValue() {
    assertThatThrownBy(
            () ->
                targets()
                    .forSite(
                        "weekly-report", Optional.of("https://bucket/x"), Optional.empty(), base()))
        .hasMessage(
            "Invalid publish configuration dutyboard.weekly-report.publish-to='https://bucket/x':"
                + " expected s3://bucket/prefix (or unset for local)");
    assertThatThrownBy(
            () ->
                targets()
                    .forSite("status-site", Optional.of("s3://A_B/x"), Optional.empty(), base()))
        .hasMessageContaining("dutyboard.status-site.publish-to='s3://A_B/x'");
    assertThatThrownBy(
            () ->
                targets().forSite("status-site", Optional.empty(), Optional.of("purge-me"), base()))
        .hasMessageContaining("dutyboard.status-site.after-publish-url='purge-me'")
        .hasMessageContaining("absolute http(s) URL");
  }

  @Test
  void locationsMapSitePathsToKeys() {
    S3Location root = S3Location.parse("s3://bucket");
    assertThat(root.key("index.html")).isEqualTo("index.html");
    S3Location nested = S3Location.parse("s3://bucket/a/b/");
    assertThat(nested.key("index.html")).isEqualTo("a/b/index.html");
    assertThat(nested.sitePath("a/b/assets/x.css")).isEqualTo("assets/x.css");
    assertThat(nested.sitePath("a/bc/index.html")).isNull();
  }

  private static PublishTargets targets() {
    PublishTargets targets = new PublishTargets();
    targets.storage = new TestStorage(URI.create("http://127.0.0.1:1"));
    targets.clock = Clock.systemUTC();
    targets.registry = new SimpleMeterRegistry();
    return targets;
  }

  private static URI base() {
    return URI.create("https://status.example.org/");
  }
}
