package org.dutyboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Optimistic locking as a caller sees it, in one shape for every versioned mutation: sent with the
 * version before the current one, the mutation fails with CONFLICT naming {@code expectedVersion}
 * and a read shows nothing changed; sent with the current version, it goes through and the same
 * read shows the change (so the read could have told).
 */
public final class StaleVersion {
  private StaleVersion() {}

  /**
   * Sends {@code mutation}, which takes its {@code expectedVersion} as {@code $v: Int}, with {@code
   * current - 1} and then with {@code current}; {@code readBack} reads what the mutation changes.
   * Returns the data of the accepted call.
   */
  public static JsonPath refusedThenApplied(
      GraphQl api, Supplier<?> readBack, int current, String mutation, Object... variables) {
    Object before = readBack.get();
    assertThat(api.error(mutation, withVersion(variables, current - 1)))
        .as("a stale expectedVersion is refused")
        .containsEntry("code", "CONFLICT")
        .containsEntry("field", "expectedVersion");
    assertThat(readBack.get()).as("a refused mutation changes nothing").isEqualTo(before);
    JsonPath data = api.ok(mutation, withVersion(variables, current));
    assertThat(readBack.get()).as("the current version goes through").isNotEqualTo(before);
    return data;
  }

  private static Object[] withVersion(Object[] variables, int version) {
    Object[] all = Arrays.copyOf(variables, variables.length + 2);
    all[variables.length] = "v";
    all[variables.length + 1] = version;
    return all;
  }
}
