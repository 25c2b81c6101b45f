package org.dutyboard.publish.target;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * POSTs the paths a publish changed to a URL (e.g. a small function that purges them from the CDN).
 * Best effort: the publish has succeeded already, so a failing hook is logged, not retried.
 *
 * <p>Body: {@code {"site":"status-site","target":"s3://b/p","uploaded":[...],"deleted":[...],
 * "urls":[...]}}; {@code urls} are the changed paths resolved against the site's public URL.
 */
public final class AfterPublishHook {
  private static final Logger LOG = Logger.getLogger(AfterPublishHook.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final URI publicBase;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * @param url where to POST
   * @param publicBase the site's public URL ending in {@code /}, to resolve changed paths against
   */
  public AfterPublishHook(URI url, URI publicBase) {
    this.url = url;
    this.publicBase = publicBase;
  }

  /** Returns the HTTP status, or -1 when the receiver could not be reached. */
  int notify(String site, String target, PushResult result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("site", site);
    body.put("target", target);
    body.put("uploaded", result.uploaded());
    body.put("deleted", result.deleted());
    body.put("urls", result.changed().stream().map(p -> publicBase.resolve(p).toString()).toList());
    try {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 300) {
        LOG.warnf("After-publish hook %s answered HTTP %d for the %s", url, status, site);
      }
      return status;
    } catch (IOException e) {
      LOG.warnf("After-publish hook %s failed for the %s: %s", url, site, e);
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
