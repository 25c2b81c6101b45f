package org.dutyboard.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates bearer secrets (API tokens, calendar feed URLs) and the hashes they are stored and
 * looked up by.
 */
public final class TokenSecrets {
  /** Generated tokens carry a prefix so secret scanners and people recognise them. */
  static final String PREFIX = "dbt_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  static String newSecret() {
    return newSecret(PREFIX);
  }

  /** 256 random bits, URL-safe base64 (usable in a URL path) after {@code prefix}. */
  public static String newSecret(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** SHA-256 of the secret in lower-case hex: what is stored and looked up. */
  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
