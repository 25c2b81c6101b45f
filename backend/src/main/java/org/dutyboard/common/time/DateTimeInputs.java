package org.dutyboard.common.time;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dutyboard.common.error.DutyboardException;

/**
 * The one bound on instants a client may send: years 0001 to 9999. The GraphQL scalar accepts
 * anything {@link Instant} can hold (year ±1,000,000,000), which PostgreSQL cannot store and date
 * arithmetic overflows on; checked for every API argument and input-record component by the GraphQL
 * boundary, so no service meets such an instant.
 */
public final class DateTimeInputs {
  public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** Instant-typed accessors of input records, looked up once per record type. */
  private static final ClassValue<List<RecordComponent>> INSTANTS =
      new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
          List<RecordComponent> instants = new ArrayList<>();
          if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
              if (component.getType() == Instant.class) {
                instants.add(component);
              }
            }
          }
          return List.copyOf(instants);
        }
      };

  private DateTimeInputs() {}

  /** Fails with VALIDATION naming the argument (or input field) holding an instant out of range. */
  public static void check(Method method, Object[] arguments) {
    if (arguments == null) {
      return;
    }
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < arguments.length; i++) {
      check(parameters[i].getName(), arguments[i]);
    }
  }

  private static void check(String name, Object value) {
    if (value instanceof Instant instant) {
      requireInRange(name, instant);
    } else if (value instanceof Collection<?> values) {
      for (Object element : values) {
        check(name, element);
      }
    } else if (value instanceof Record) {
      for (RecordComponent component : INSTANTS.get(value.getClass())) {
        requireInRange(component.getName(), read(component, value));
      }
    }
  }

  /** Fails with VALIDATION on {@code field} unless {@code instant} is null or in range. */
  public static void requireInRange(String field, Instant instant) {
    if (instant != null && (instant.isBefore(MIN) || instant.isAfter(MAX))) {
      throw DutyboardException.validation(
          field, field + " must be between years 0001 and 9999 (UTC), got " + instant);
    }
  }

  private static Instant read(RecordComponent component, Object record) {
    try {
      return (Instant) component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }
}
