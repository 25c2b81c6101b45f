package org.dutyboard.site.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Debian's headless Chromium with one page, driven over the DevTools protocol with the JDK's
 * WebSocket client and Jackson (no Node, no driver download). {@link #close()} ends the whole
 * process tree, whatever state the browser is in.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final Path log;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  private WebSocket socket;
  private String sessionId;

  private HeadlessChromium(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts Chromium with a fresh profile under {@code workDir} and opens one blank page. The
   * DevTools port is chosen by Chromium ({@code --remote-debugging-port=0}) and read back from the
   * {@code DevToolsActivePort} file it writes into the profile.
   */
  public static HeadlessChromium launch(Path workDir) throws IOException {
    Path profile = Files.createDirectories(workDir.resolve("profile"));
    Path log = workDir.resolve("chromium.log");
    Process process =
        new ProcessBuilder(
                EXECUTABLE.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    HeadlessChromium browser = new HeadlessChromium(process, log);
    try {
      browser.connect(profile.resolve("DevToolsActivePort"));
      return browser;
    } catch (IOException | RuntimeException e) {
      browser.close();
      throw e;
    }
  }

  private void connect(Path portFile) throws IOException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<String> lines = List.of();
    while (lines.size() < 2) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited early:\n" + logTail());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Chromium wrote no DevToolsActivePort:\n" + logTail());
      }
      sleep(50);
      lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
    }
    URI browserEndpoint = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(browserEndpoint, new Receiver())
            .join();
    String targetId =
        send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    sessionId =
        send(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
            .get("sessionId")
            .asText();
  }

  /** Sends a command to the page and returns its result; a protocol error becomes an exception. */
  public JsonNode call(String method, Map<String, ?> params) {
    return send(sessionId, method, params);
  }

  /** Calls {@code listener} with the params of every page event named {@code method}. */
  public void onEvent(String method, Consumer<JsonNode> listener) {
    listeners.add(
        message -> {
          if (method.equals(message.path("method").asText())
              && sessionId.equals(message.path("sessionId").asText())) {
            listener.accept(message.get("params"));
          }
        });
  }

  /** Navigates the page and waits until its load event (stylesheets and images loaded). */
  public void load(String url) {
    CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
    Consumer<JsonNode> once = loaded::complete;
    onEvent("Page.loadEventFired", once);
    call("Page.enable", Map.of());
    JsonNode navigation = call("Page.navigate", Map.of("url", url));
    if (navigation.hasNonNull("errorText")) {
      throw new IllegalStateException(url + ": " + navigation.get("errorText").asText());
    }
    await(loaded, "load of " + url);
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  public JsonNode evaluate(String expression) {
    JsonNode result =
        call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Evaluates an expression returning a promise, waits for it and returns its value as JSON. */
  public JsonNode evaluateAsync(String expression) {
    JsonNode result =
        call(
            "Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A PNG of the whole page, not only the viewport. */
  public byte[] screenshot() {
    JsonNode size = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", size.get("width").asDouble(),
            "height", size.get("height").asDouble(),
            "scale", 1);
    String data =
        call(
                "Page.captureScreenshot",
                Map.of("format", "png", "clip", clip, "captureBeyondViewport", true))
            .get("data")
            .asText();
    return java.util.Base64.getDecoder().decode(data);
  }

  private JsonNode send(String session, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", json.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    JsonNode answer = await(reply, method);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private JsonNode await(CompletableFuture<JsonNode> future, String what) {
    try {
      return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Chromium did not finish " + what + " in " + TIMEOUT, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reassembles fragmented frames (screenshots arrive in many) and dispatches each message. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        dispatch(buffer.toString());
        buffer.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = json.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("Chromium sent something that is not JSON", e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
    } else {
      listeners.forEach(l -> l.accept(message));
    }
  }

  /** Ends Chromium and every process it started (renderers, zygotes, GPU and network services). */
  @Override
  public void close() {
    // Collected first: once the parent is gone its children are re-parented and no longer ours.
    List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
    if (socket != null) {
      socket.abort();
    }
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
      for (ProcessHandle child : tree) {
        child.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a Chromium process did not end", e);
    }
  }

  private String logTail() throws IOException {
    String text = Files.exists(log) ? Files.readString(log) : "";
    return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
