package org.dutyboard.common.graphql;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * Reads plain output fields (record components of the {@code *View} types) without SmallRye's
 * per-field request context. SmallRye's own field fetcher clones the request context for every
 * field it resolves and builds its selected fields as JSON twice ({@code
 * SmallRyeContextManager.populateFromDataFetchingEnvironment}): about a fifth of the CPU of a
 * 1,300-field answer such as {@code onCall}, for a context nothing reads while a record accessor
 * runs (no Dutyboard code reads SmallRye's {@code Context}). Output transformations (instants,
 * dates, numbers) and adapters still run exactly as in SmallRye. Operations ({@code @Query},
 * {@code @Source} resolvers) keep SmallRye's and Quarkus' fetchers and their context. Found by
 * SmallRye through {@code META-INF/services}; runs before Quarkus' own service (priority 1), which
 * has no field fetcher.
 */
public class PlainFieldDataFetchers implements DataFetcherService {
  @Override
  public Integer getPriority() {
    return 0;
  }

  @Override
  public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
    return new Fetcher<>(field, owner);
  }

  /** One field: its accessor (found on first use) and SmallRye's output transformation. */
  static final class Fetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {
    private static final Logger LOG = Logger.getLogger(PlainFieldDataFetchers.class);
    private final Field field;
    private final Reference owner;
    private final FieldHelper helper;
    private volatile Member accessor;

    Fetcher(Field field, Reference owner) {
      this.field = field;
      this.owner = owner;
      this.helper = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment dfe) throws Exception {
      Object value = read(dfe.getSource());
      try {
        return (T) helper.transformOrAdaptResponse(value, dfe);
      } catch (AbstractDataFetcherException e) {
        LOG.warnf(e, "Could not transform field %s", field.getName());
        return (T) value; // as SmallRye's own field fetcher does
      } finally {
        // What SmallRye's fetcher leaves behind: no context on this thread for the next field.
        SmallRyeContextManager.clearCurrentSmallRyeContext();
      }
    }

    private Object read(Object source) throws ReflectiveOperationException {
      Member member = accessor;
      if (member == null) {
        member = accessor = find();
      }
      return member instanceof Method method
          ? method.invoke(source)
          : ((java.lang.reflect.Field) member).get(source);
    }

    private Member find() {
      try {
        Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
        AccessibleObject member =
            field.getMethodName() == null
                ? type.getField(field.getPropertyName())
                : type.getMethod(field.getMethodName());
        // Without it every read re-checks access (AccessibleObject.slowVerifyAccess): 4% of
        // onCall's CPU.
        member.trySetAccessible();
        return (Member) member;
      } catch (ReflectiveOperationException e) {
        throw new GraphQLException(e);
      }
    }
  }
}
