package org.dutyboard.publish;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Map<String, byte[]> files = PublishedVersionWriter.readTree(version);
    try (Connection c = dataSource.getConnection()) {
      PublishedVersionWriter.write(c, site, name, files, contentHash, Instant.now(clock), keep);
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
}
