package org.dutyboard.common.db;

import io.quarkus.hibernate.orm.panache.Panache;
import org.dutyboard.common.error.DutyboardException;

/** Loading an entity by id for a read or write that needs it: the one NOT_FOUND shape. */
public final class Entities {
  private Entities() {}

  /**
   * The entity with {@code id}; VALIDATION naming {@code field} when the id is missing, NOT_FOUND
   * naming {@code field} and {@code what} (a reader's word: "Week note") when there is none.
   */
  public static <T> T require(Class<T> type, Object id, String field, String what) {
    if (id == null) {
      throw DutyboardException.validation(field, field + " is required");
    }
    T entity = Panache.getEntityManager(type).find(type, id);
    if (entity == null) {
      throw DutyboardException.notFound(field, what, id);
    }
    return entity;
  }
}
