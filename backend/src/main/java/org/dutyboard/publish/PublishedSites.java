package org.dutyboard.publish;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dutyboard.site.publish.VersionedDirectory;

/**
 * The published sites in the database every replica shares: files as content-addressed blobs
 * (SHA-256), a manifest per version, and one live-version row per site that the publishing
 * transaction switches (it already holds the site's advisory lock). Serving reads the live row on
 * every request and keeps manifests and blobs in memory: both are immutable once written.
 */
@ApplicationScoped
public class PublishedSites {
  /** The live version of a site. */
  public record Live(String version, String contentHash) {}

  /** A version's files: path relative to the site root to SHA-256. */
  public record Manifest(String version, Map<String, String> files) {}

  @Inject AgroalDataSource dataSource;
  @Inject Clock clock;

  private final Map<String, Manifest> manifests = new ConcurrentHashMap<>();
  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

  /**
   * Stores the version directory {@code version} of {@code site} and makes it live, unless the live
   * one has the same {@code contentHash}. Symbolic links and other non-regular files are skipped,
   * never followed. Versions beyond {@code keep} and unreferenced blobs are deleted. Returns
   * whether the live version changed.
   */
  @Transactional(TxType.MANDATORY)
  public boolean record(String site, Path version, String contentHash, int keep) {
    Optional<Live> live = live(site);
    String name = version.getFileName().toString();
    if (live.isPresent()
        && (live.get().version().equals(name)
            || (contentHash != null && contentHash.equals(live.get().contentHash())))) {
      return false;
    }
    Map<String, byte[]> files = readTree(version);
    try (Connection c = dataSource.getConnection()) {
      insertFiles(c, site, name, files);
      update(
          c,
          "insert into published_site (site, version, content_hash, published_at)"
              + " values (?, ?, ?, ?) on conflict (site) do update set version = excluded.version,"
              + " content_hash = excluded.content_hash, published_at = excluded.published_at",
          site,
          name,
          contentHash,
          java.sql.Timestamp.from(Instant.now(clock)));
      prune(c, site, keep);
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the published " + site, e);
    }
    return true;
  }

  /**
   * Makes the local directory {@code root} hold the live version of {@code site} (a replica that
   * did not publish it has an older one or none), so the next publish starts from it. Call it
   * holding the site's advisory lock.
   */
  public void restore(String site, Path root, int keep) throws IOException {
    Optional<Live> live = live(site);
    if (live.isEmpty()) {
      return;
    }
    VersionedDirectory directory = new VersionedDirectory(root);
    Optional<Path> local = directory.liveVersion();
    String name = live.get().version();
    if (local.isPresent() && local.get().getFileName().toString().equals(name)) {
      return;
    }
    Manifest manifest = manifest(site, name);
    directory.locked(
        () ->
            directory.publish(
                name,
                staging -> {
                  for (Map.Entry<String, String> f : manifest.files().entrySet()) {
                    Path file = staging.resolve(f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, blob(f.getValue()));
                  }
                },
                keep));
  }

  /** The live version of {@code site}, read from the database (one indexed row). */
  public Optional<Live> live(String site) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select version, content_hash from published_site where site = ?")) {
      s.setString(1, site);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(new Live(r.getString(1), r.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the live version of " + site, e);
    }
  }

  /** The files of one version of {@code site}, cached (versions never change). */
  public Manifest manifest(String site, String version) {
    Manifest cached = manifests.get(site);
    if (cached != null && cached.version().equals(version)) {
      return cached;
    }
    Map<String, String> files = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select path, sha256 from published_file where site = ? and version = ?")) {
      s.setString(1, site);
      s.setString(2, version);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          files.put(r.getString(1), r.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read version " + version + " of " + site, e);
    }
    Manifest manifest = new Manifest(version, Map.copyOf(files));
    manifests.put(site, manifest);
    dropUnreferencedBlobs();
    return manifest;
  }

  /** The content of the blob {@code sha256}, cached (content-addressed, so never stale). */
  public byte[] blob(String sha256) {
    return blobs.computeIfAbsent(sha256, this::loadBlob);
  }

  private byte[] loadBlob(String sha256) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select content from published_blob where sha256 = ?")) {
      s.setString(1, sha256);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("published blob " + sha256 + " is missing");
        }
        return r.getBytes(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read published blob " + sha256, e);
    }
  }

  /** Keeps memory bounded by the live versions: older versions' blobs are let go. */
  private void dropUnreferencedBlobs() {
    Set<String> referenced = new HashSet<>();
    manifests.values().forEach(m -> referenced.addAll(m.files().values()));
    blobs.keySet().retainAll(referenced);
  }

  private static void insertFiles(
      Connection c, String site, String version, Map<String, byte[]> files) throws SQLException {
    Map<String, String> shaByPath = new HashMap<>();
    Map<String, byte[]> contentBySha = new HashMap<>();
    files.forEach(
        (path, content) -> {
          String sha = sha256(content);
          shaByPath.put(path, sha);
          contentBySha.put(sha, content);
        });
    // Most files of a new version are unchanged: send only the bytes the database lacks.
    contentBySha.keySet().removeAll(existingBlobs(c, contentBySha.keySet()));
    try (PreparedStatement blob =
            c.prepareStatement(
                "insert into published_blob (sha256, content) values (?, ?)"
                    + " on conflict (sha256) do nothing");
        PreparedStatement file =
            c.prepareStatement(
                "insert into published_file (site, version, path, sha256) values (?, ?, ?, ?)"
                    + " on conflict (site, version, path) do update set sha256 = excluded.sha256")) {
      for (Map.Entry<String, byte[]> b : contentBySha.entrySet()) {
        blob.setString(1, b.getKey());
        blob.setBytes(2, b.getValue());
        blob.addBatch();
      }
      for (Map.Entry<String, String> f : shaByPath.entrySet()) {
        file.setString(1, site);
        file.setString(2, version);
        file.setString(3, f.getKey());
        file.setString(4, f.getValue());
        file.addBatch();
      }
      blob.executeBatch();
      file.executeBatch();
    }
  }

  private static Set<String> existingBlobs(Connection c, Set<String> shas) throws SQLException {
    Set<String> existing = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement("select sha256 from published_blob where sha256 = any (?)")) {
      s.setArray(1, c.createArrayOf("text", shas.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          existing.add(r.getString(1));
        }
      }
    }
    return existing;
  }

  /**
   * Deletes all but the newest {@code keep} versions (never the live one), then the blobs only they
   * referenced.
   */
  private static void prune(Connection c, String site, int keep) throws SQLException {
    Set<String> released = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "delete from published_file f where f.site = ? and f.version not in ("
                + " select version from published_site where site = f.site) and f.version not in ("
                + " select distinct version from published_file where site = f.site"
                + " order by version desc limit ?) returning sha256")) {
      s.setString(1, site);
      s.setInt(2, keep);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          released.add(r.getString(1));
        }
      }
    }
    if (!released.isEmpty()) {
      update(
          c,
          "delete from published_blob b where b.sha256 = any (?) and not exists"
              + " (select 1 from published_file f where f.sha256 = b.sha256)",
          c.createArrayOf("text", released.toArray()));
    }
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }

  /** Regular files under {@code version}, by path relative to it ('/'-separated). */
  private static Map<String, byte[]> readTree(Path version) {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(version)) {
      for (Path p : walk.toList()) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(version.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
