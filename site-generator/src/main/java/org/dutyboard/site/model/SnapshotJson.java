package org.dutyboard.site.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Reads and writes {@link StatusSnapshot} as JSON, the exchange format of the standalone CLI.
 *
 * <p>Reading is strict: unknown properties are rejected, so an export that carries anything beyond
 * the public model (say, internal notes) fails instead of being silently dropped.
 */
public final class SnapshotJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  /** Two-space indent and "\n" on every platform: exports diff cleanly and hash the same. */
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectWriter HASH_WRITER =
      MAPPER.copy().addMixIn(StatusSnapshot.class, WithoutGeneratedAt.class).writer();

  /** Weak, so a large snapshot is not kept alive by its hash. */
  private static volatile LastHash lastHash;

  private SnapshotJson() {}

  public static StatusSnapshot read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, StatusSnapshot.class);
    }
  }

  public static StatusSnapshot read(String json) throws IOException {
    return MAPPER.readValue(json, StatusSnapshot.class);
  }

  public static String write(StatusSnapshot snapshot) {
    try {
      return WRITER.writeValueAsString(snapshot) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * SHA-256 of the snapshot's content. The exact generation instant is left out, only its local
   * date counts: an unchanged snapshot hashes the same all day (so the publisher can skip it) and
   * differently the next day (when the uptime bars move on).
   */
  public static String contentHash(StatusSnapshot snapshot) {
    // The publisher and the heartbeat both ask for the same snapshot's hash; hash it once.
    LastHash cached = lastHash;
    if (cached != null && cached.snapshot().get() == snapshot) {
      return cached.hash();
    }
    String hash = computeHash(snapshot);
    lastHash = new LastHash(new WeakReference<>(snapshot), hash);
    return hash;
  }

  private static String computeHash(StatusSnapshot snapshot) {
    LocalDate day = LocalDate.ofInstant(snapshot.generatedAt(), snapshot.config().timeZone());
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((day + "\n").getBytes(StandardCharsets.UTF_8));
      // Streamed into the digest: no copy of a snapshot that may hold 100,000 updates.
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        HASH_WRITER.writeValue(out, snapshot);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  private record LastHash(WeakReference<StatusSnapshot> snapshot, String hash) {}

  /** Leaves generatedAt out of the hashed JSON. */
  @JsonIgnoreProperties("generatedAt")
  private interface WithoutGeneratedAt {}
}
