package org.dutyboard.common.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dutyboard.common.error.DutyboardException;

/**
 * Refuses an operation over the depth limit or the cost budget before any resolver runs, with a
 * {@code VALIDATION} error naming {@code query}. Works once per operation on the parsed document
 * (never per resolved field), and tells the HTTP layer when a result is a request error (syntax
 * errors never get here: SmallRye answers them before graphql-java runs, see {@link
 * GraphQlEngineSetup#beforeExecute}).
 */
final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {
  private final int maxDepth;
  private final int maxCost;

  QueryLimitsInstrumentation(int maxDepth, int maxCost) {
    this.maxDepth = maxDepth;
    this.maxCost = maxCost;
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
    return SimpleInstrumentationContext.whenCompleted(
        (errors, failure) -> {
          if (failure != null || (errors != null && !errors.isEmpty())) {
            GraphQlHttp.markRequestError();
          }
        });
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
