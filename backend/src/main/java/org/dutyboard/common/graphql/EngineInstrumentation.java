package org.dutyboard.common.graphql;

import graphql.ExecutionResult;
import graphql.TrivialDataFetcher;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dutyboard.common.error.DutyboardException;

/**
 * Dutyboard's instrumentation of the GraphQL engine, one instance so that graphql-java creates no
 * instrumentation context per field. It refuses an operation over the depth limit or the cost
 * budget before any resolver runs, with a {@code VALIDATION} error naming {@code query}, working
 * once per operation on the parsed document; tells the HTTP layer when a result is a request error
 * (syntax errors never get here: SmallRye answers them before graphql-java runs, see {@link
 * GraphQlEngineSetup#beforeExecute}); and hands resolvers an environment {@link
 * WithoutSelectionSet}.
 */
final class EngineInstrumentation extends SimplePerformantInstrumentation {
  private final int maxDepth;
  private final int maxCost;

  /** SmallRye's query cache, which acts on validation only (it keeps valid documents); or null. */
  private final Instrumentation queryCache;

  private EngineInstrumentation(int maxDepth, int maxCost, Instrumentation queryCache) {
    this.maxDepth = maxDepth;
    this.maxCost = maxCost;
    this.queryCache = queryCache;
  }

  /**
   * The limits in front of SmallRye's own instrumentation. SmallRye's chain normally holds only its
   * query cache: then this one instrumentation does both, so graphql-java creates no
   * instrumentation context per resolved field (in a chain it does, about a tenth of the CPU of a
   * 1,300-field answer). Anything else in SmallRye's chain (complexity or depth limits, federated
   * tracing) keeps the full chain behind the limits.
   */
  static Instrumentation around(Instrumentation smallRye, int maxDepth, int maxCost) {
    if (smallRye instanceof ChainedInstrumentation chain
        && chain.getInstrumentations().size() == 1
        && chain.getInstrumentations().get(0) instanceof QueryCache queryCache) {
      return new EngineInstrumentation(maxDepth, maxCost, queryCache);
    }
    return new ChainedInstrumentation(
        List.of(new EngineInstrumentation(maxDepth, maxCost, null), smallRye));
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    var context = parameters.getExecutionContext();
    QueryCost.Measure measure =
        QueryCost.of(context.getOperationDefinition(), context.getFragmentsByName());
    if (measure.depth() > maxDepth) {
      throw refused(
          "The query is nested "
              + measure.depth()
              + " levels deep; at most "
              + maxDepth
              + " are allowed");
    }
    if (measure.cost() > maxCost) {
      throw refused(
          "The query costs "
              + measure.cost()
              + ", more than the budget of "
              + maxCost
              + " (each field costs 1, schedule and summary fields more); split it up");
    }
    return null;
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    InstrumentationContext<List<ValidationError>> cache =
        queryCache == null ? null : queryCache.beginValidation(parameters, null);
    return new SimpleInstrumentationContext<>() {
      @Override
      public void onDispatched() {
        if (cache != null) {
          cache.onDispatched();
        }
      }

      @Override
      public void onCompleted(List<ValidationError> errors, Throwable failure) {
        if (cache != null) {
          cache.onCompleted(errors, failure);
        }
        if (failure != null || (errors != null && !errors.isEmpty())) {
          GraphQlHttp.markRequestError();
        }
      }
    };
  }

  /**
   * Resolvers get their environment {@link WithoutSelectionSet}; trivial fetchers (plain fields,
   * {@link PlainFieldDataFetchers}) stay as they are, they read no selection.
   */
  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> fetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    if (fetcher instanceof TrivialDataFetcher) {
      return fetcher;
    }
    return environment -> fetcher.get(new WithoutSelectionSet(environment));
  }

  private static AbortExecutionException refused(String message) {
    return new AbortExecutionException(List.of(DutyboardException.validation("query", message)));
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (!result.isDataPresent() && !result.getErrors().isEmpty()) {
      GraphQlHttp.markRequestError();
    }
    return CompletableFuture.completedFuture(result);
  }
}
