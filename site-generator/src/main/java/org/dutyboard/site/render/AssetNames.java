package org.dutyboard.site.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content-hashed asset names ({@code assets/site.3fa2c1d9e0b4.css}): a changed stylesheet or logo
 * gets a new name, so a CDN may cache every asset forever while pages pick up new ones at once.
 */
public final class AssetNames {

  /** Hex digits of the SHA-256 kept in a name. */
  static final int HASH_LENGTH = 12;

  private static final Pattern HASHED =
      Pattern.compile("(?:.*/)?assets/[^/]+\\.[0-9a-f]{" + HASH_LENGTH + "}\\.[a-z0-9]+");

  private AssetNames() {}

  /** {@code assets/<stem>.<hash>.<extension>} for {@code content}. */
  public static String hashed(String stem, String extension, byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      String hash = HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
      return "assets/" + stem + "." + hash + "." + extension;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** {@link #hashed} of UTF-8 text. */
  public static String hashed(String stem, String extension, String content) {
    return hashed(stem, extension, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code sitePath} is a content-hashed asset, whose bytes never change under its name.
   */
  public static boolean isContentHashed(String sitePath) {
    return HASHED.matcher(sitePath).matches();
  }
}
