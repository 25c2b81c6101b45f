package org.dutyboard.publish.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A bucket and key prefix from an {@code s3://bucket/prefix} URL.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix without slashes at either end; empty for the bucket's root
 */
public record S3Location(String bucket, String prefix) {
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  /**
   * Parses {@code s3://bucket[/prefix]}; throws {@link IllegalArgumentException} saying why not.
   */
  public static S3Location parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getReason());
    }
    if (!"s3".equals(uri.getScheme())) {
      throw new IllegalArgumentException("expected s3://bucket/prefix (or unset for local)");
    }
    String bucket = uri.getAuthority();
    if (bucket == null || !BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException("'" + bucket + "' is not a valid bucket name");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException("a query or fragment is not allowed");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String prefix = path.replaceAll("^/+|/+$", "");
    if (prefix.contains("//") || prefix.contains("..")) {
      throw new IllegalArgumentException("the prefix must be a plain key path");
    }
    return new S3Location(bucket, prefix);
  }

  /** The object key of {@code sitePath} under the prefix. */
  public String key(String sitePath) {
    return prefix.isEmpty() ? sitePath : prefix + "/" + sitePath;
  }

  /** The site path of {@code key}, or null when the key is not under the prefix. */
  public String sitePath(String key) {
    if (prefix.isEmpty()) {
      return key;
    }
    return key.startsWith(prefix + "/") ? key.substring(prefix.length() + 1) : null;
  }

  /** The listing prefix: every key of the site starts with it. */
  public String listPrefix() {
    return prefix.isEmpty() ? "" : prefix + "/";
  }

  @Override
  public String toString() {
    return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
  }
}
