package org.dutyboard.common;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * A configuration value that must be 0 or more ({@code @WithConverter(NonNegativeInt.class)}): a
 * negative one stops the service at start-up with the key and value named. A converter instead of a
 * Bean Validation constraint, because one constrained config mapping makes Quarkus build a
 * Hibernate Validator over every config class at each start (about 10% of the start-up's main
 * thread, measured in docs/benchmarks.md).
 */
public final class NonNegativeInt implements Converter<Integer> {
  private static final long serialVersionUID = 1L;

  @Override
  public Integer convert(String value) {
    int parsed = Integer.parseInt(value.strip());
    if (parsed < 0) {
      throw new IllegalArgumentException("must be 0 or more, was " + parsed);
    }
    return parsed;
  }
}
