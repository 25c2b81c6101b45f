package org.dutyboard.publish;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The write side of {@link PublishedSites}: stores one version of a site (files as
 * content-addressed blobs, only those the database lacks, and a manifest row per path), makes it
 * the live version, and prunes older versions and the blobs only they referenced. Runs on the
 * caller's connection, inside the publishing transaction.
 */
final class PublishedVersionWriter {
  private PublishedVersionWriter() {}

  /** Stores {@code files} as {@code version} of {@code site}, makes it live, keeps {@code keep}. */
  static void write(
      Connection c,
      String site,
      String version,
      Map<String, byte[]> files,
      String contentHash,
      Instant publishedAt,
      int keep)
      throws SQLException {
    insertFiles(c, site, version, files);
    update(
        c,
        "insert into published_site (site, version, content_hash, published_at)"
            + " values (?, ?, ?, ?) on conflict (site) do update set version = excluded.version,"
            + " content_hash = excluded.content_hash, published_at = excluded.published_at",
        site,
        version,
        contentHash,
        java.sql.Timestamp.from(publishedAt));
    prune(c, site, keep);
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
  static Map<String, byte[]> readTree(Path version) {
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
