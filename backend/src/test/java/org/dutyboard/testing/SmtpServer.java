package org.dutyboard.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for every {@code @QuarkusTest}, on a free port the mailer is
 * pointed at. Tests may stop and start it again on the same port to play an SMTP outage, or silence
 * it: accept connections and never answer, as a stalled server does.
 */
@QuarkusTestResource(value = SmtpServer.Resource.class, restrictToAnnotatedClass = false)
public final class SmtpServer {
  private static volatile int port;
  private static volatile GreenMail server;
  private static ServerSocket silent;
  private static final List<Socket> stalled = new ArrayList<>();

  private SmtpServer() {}

  /** Messages delivered so far into mailboxes of {@code domain}: one per recipient mailbox. */
  public static List<MimeMessage> receivedAt(String domain) {
    return List.of(server.getReceivedMessagesForDomain(domain));
  }

  /** Stops the server: connections are refused until {@link #start()}. */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * Stops the server and accepts connections on its port without ever answering, until {@link
   * #start()}; the connections accepted stay open until the test run ends.
   */
  public static synchronized void silence() {
    stop();
    try {
      silent = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ServerSocket listener = silent;
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket s = listener.accept();
                  synchronized (SmtpServer.class) {
                    stalled.add(s);
                  }
                }
              } catch (IOException closed) {
                // start() took the port back
              }
            },
            "silent-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts the server (again) on the same port, with an empty mailbox. */
  public static synchronized void start() {
    stopListeningSilently();
    if (server == null) {
      GreenMail started =
          new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      started.start();
      server = started;
    }
  }

  private static synchronized void stopListeningSilently() {
    if (silent != null) {
      try {
        silent.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      silent = null;
    }
  }

  /** Starts GreenMail for the Quarkus test run and configures {@code quarkus.mailer.*}. */
  public static class Resource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      SmtpServer.start();
      return Map.of(
          "quarkus.mailer.host", "127.0.0.1",
          "quarkus.mailer.port", String.valueOf(port),
          "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
      SmtpServer.stop();
      stopListeningSilently();
      synchronized (SmtpServer.class) {
        for (Socket s : stalled) {
          try {
            s.close();
          } catch (IOException ignored) {
            // closing anyway
          }
        }
        stalled.clear();
      }
    }
  }
}
