package org.dutyboard.common.db;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL function {@code any_of(:values, path)}: whether {@code path} equals one element of the
 * array parameter {@code :values}, rendered as PostgreSQL's {@code path = any(?)}. HQL and Panache
 * queries use it instead of {@code path in :list}: Hibernate never keeps the plan of a query with a
 * parameter that may take several values (an {@code in} list, or the last argument of a function,
 * which may be varargs; hence the array first), so it translates such a query from HQL to SQL again
 * on every execution (about 9% of the incident dashboard's CPU, docs/benchmarks.md). One array
 * parameter also keeps the SQL text the same for every list size. PostgreSQL serves {@code = any}
 * from the column's B-tree index as it does an {@code in} list; Hibernate's own {@code
 * array_contains} renders {@code @>}, which a B-tree index cannot serve. Quarkus hands it to
 * Hibernate as a persistence-unit extension, its way of taking function contributors.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class AnyOf implements FunctionContributor {
  @Override
  public void contributeFunctions(FunctionContributions functions) {
    functions
        .getFunctionRegistry()
        .patternDescriptorBuilder("any_of", "(?2 = any(?1))")
        .setInvariantType(
            functions
                .getTypeConfiguration()
                .getBasicTypeRegistry()
                .resolve(StandardBasicTypes.BOOLEAN))
        .setExactArgumentCount(2)
        .register();
  }

  /** Ids as the array parameter of {@code any_of}. */
  public static UUID[] ids(Collection<UUID> ids) {
    return ids.toArray(UUID[]::new);
  }

  /** Enum constants as the array parameter of {@code any_of} on a column mapped by name. */
  public static String[] names(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).toArray(String[]::new);
  }
}
