package org.dutyboard.publish.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Publishes a site version to an S3-compatible bucket so that readers never see a broken site:
 *
 * <ol>
 *   <li>only objects whose MD5 differs from the listed ETag are uploaded, in {@link
 *       ObjectPolicy#uploadOrder} (assets before the pages that link them, {@code index.html} and
 *       the heartbeat last);
 *   <li>objects the version no longer has are recorded as stale ({@link StaleObjects}) and deleted
 *       only on a later run, once they have been stale for the grace period, so a CDN edge that
 *       still holds the old pages finds their assets.
 * </ol>
 *
 * A failure at any step leaves the previous entry points, and everything they link, in place; the
 * next run uploads what is still missing.
 */
public final class S3Bucket implements PublishTarget {

  /** The stale-object record, next to the site (public, holds only site paths and times). */
  static final String STALE_RECORD = ".dutyboard/stale-objects.json";

  private final S3Client s3;
  private final S3Location location;
  private final Duration grace;
  private final Clock clock;

  public S3Bucket(S3Client s3, S3Location location, Duration grace, Clock clock) {
    this.s3 = s3;
    this.location = location;
    this.grace = grace;
    this.clock = clock;
  }

  @Override
  public String describe() {
    return location.toString();
  }

  @Override
  public PushResult push(Path version) {
    List<String> uploaded = new ArrayList<>();
    try {
      Map<String, String> remote = list();
      Map<String, Local> local = localFiles(version);
      List<String> changed =
          local.entrySet().stream()
              .filter(e -> !e.getValue().md5Hex().equals(remote.get(e.getKey())))
              .map(Map.Entry::getKey)
              .toList();
      for (String path : ObjectPolicy.uploadOrder(changed)) {
        upload(path, local.get(path));
        uploaded.add(path);
      }
      List<String> deleted = removeStale(remote, local.keySet());
      return new PushResult(uploaded, deleted);
    } catch (SdkException | UncheckedIOException e) {
      throw new PublishTargetException(
          "publishing to "
              + location
              + " failed after "
              + uploaded.size()
              + " uploads: "
              + S3Errors.describe(e),
          e);
    }
  }

  private List<String> removeStale(Map<String, String> remote, Set<String> live) {
    StaleObjects before = readStaleRecord();
    StaleObjects stale = before.next(remote.keySet(), live, clock.instant());
    List<String> due = stale.due(clock.instant(), grace);
    for (String path : due) {
      s3.deleteObject(b -> b.bucket(location.bucket()).key(location.key(path)));
    }
    StaleObjects after = stale.without(due);
    if (!after.equals(before)) {
      byte[] json = after.toJson();
      s3.putObject(
          b ->
              b.bucket(location.bucket())
                  .key(location.key(STALE_RECORD))
                  .contentType("application/json")
                  .cacheControl("no-store"),
          RequestBody.fromBytes(json));
    }
    return due;
  }

  private StaleObjects readStaleRecord() {
    try {
      return StaleObjects.fromJson(
          s3.getObjectAsBytes(b -> b.bucket(location.bucket()).key(location.key(STALE_RECORD)))
              .asByteArray());
    } catch (NoSuchKeyException e) {
      return StaleObjects.none();
    }
  }

  private void upload(String path, Local file) {
    s3.putObject(
        b ->
            b.bucket(location.bucket())
                .key(location.key(path))
                .contentType(ObjectPolicy.contentType(path))
                .cacheControl(ObjectPolicy.cacheControl(path)),
        RequestBody.fromFile(file.file()));
  }

  /** Site path to ETag (without quotes) of every object under the prefix but the stale record. */
  private Map<String, String> list() {
    Map<String, String> objects = new HashMap<>();
    for (S3Object o :
        s3.listObjectsV2Paginator(b -> b.bucket(location.bucket()).prefix(location.listPrefix()))
            .contents()) {
      String path = location.sitePath(o.key());
      // Keys ending in "/" are folder markers some stores list; they are not part of the site.
      if (path != null && !path.isEmpty() && !path.endsWith("/") && !path.equals(STALE_RECORD)) {
        objects.put(path, o.eTag() == null ? "" : o.eTag().replace("\"", ""));
      }
    }
    return objects;
  }

  private record Local(Path file, byte[] md5) {
    String md5Hex() {
      return HexFormat.of().formatHex(md5);
    }

    String md5Base64() {
      return Base64.getEncoder().encodeToString(md5);
    }
  }

  private static Map<String, Local> localFiles(Path version) {
    Map<String, Local> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(version)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = version.relativize(file).toString().replace('\\', '/');
        files.put(path, new Local(file, md5(file)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] md5(Path file) throws IOException {
    try {
      return MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is always available", e);
    }
  }
}
