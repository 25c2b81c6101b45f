package org.dutyboard.common.graphql;

import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;

/**
 * GraphQL IDs are UUIDs in text form. APIs take them as strings and parse them here, so a malformed
 * id is a VALIDATION error naming the argument.
 */
public final class Ids {
  private Ids() {}

  public static UUID parse(String id, String field) {
    if (id == null) {
      return null;
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw DutyboardException.validation(field, field + " is not a valid id: " + id);
    }
  }

  public static List<UUID> parseAll(List<String> ids, String field) {
    return ids.stream().map(id -> parse(id, field)).toList();
  }
}
