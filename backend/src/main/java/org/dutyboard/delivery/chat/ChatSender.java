package org.dutyboard.delivery.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.dutyboard.delivery.ClaimedDelivery;
import org.dutyboard.delivery.DeliveryChannel;
import org.dutyboard.delivery.DeliveryConfig;
import org.dutyboard.delivery.DeliveryFailure;
import org.dutyboard.delivery.DeliverySender;
import org.dutyboard.delivery.settings.WebhookUrl;

/**
 * Posts {@code {"text": ...}} to the team's incoming webhook (Slack, Mattermost, Matrix hook
 * bridges). The URL is a secret: failures name its host only, never its path.
 */
@ApplicationScoped
public class ChatSender implements DeliverySender {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject DeliveryConfig config;

  private volatile HttpClient http;

  @Override
  public DeliveryChannel channel() {
    return DeliveryChannel.CHAT;
  }

  @Override
  public void send(ClaimedDelivery d) throws DeliveryFailure {
    String where = "chat webhook at " + WebhookUrl.masked(d.webhookUrl());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(d.webhookUrl()))
            .timeout(config.sendTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json(d.bodyText())))
            .build();
    int status;
    try {
      status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new DeliveryFailure(where + " not reachable (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure(where + ": interrupted");
    }
    if (status < 200 || status >= 300) {
      throw new DeliveryFailure(where + " answered HTTP " + status);
    }
  }

  private static String json(String text) {
    try {
      return JSON.writeValueAsString(Map.of("text", text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      c =
          HttpClient.newBuilder()
              .connectTimeout(config.sendTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      http = c;
    }
    return c;
  }
}
