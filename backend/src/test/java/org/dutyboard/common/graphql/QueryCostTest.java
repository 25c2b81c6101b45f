package org.dutyboard.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cost model against the documents users actually send. */
class QueryCostTest {
  private static final int DEFAULT_MAX_COST = 500;
  private static final int DEFAULT_MAX_DEPTH = 10;

  static List<QueryCost.Measure> measure(String document) {
    Document parsed = Parser.parse(document);
    Map<String, FragmentDefinition> fragments =
        parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
    return parsed.getDefinitionsOfType(OperationDefinition.class).stream()
        .map(operation -> QueryCost.of(operation, fragments))
        .toList();
  }

  @Test
  void everyExampleOperationFitsTheDefaultLimits() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../graphql-schema/operations"))) {
      List<Path> operations = files.filter(f -> f.toString().endsWith(".graphql")).toList();
      assertThat(operations).hasSizeGreaterThan(20);
      for (Path file : operations) {
        for (QueryCost.Measure measure : measure(Files.readString(file))) {
          assertThat(measure.cost()).as(file.toString()).isBetween(1L, (long) DEFAULT_MAX_COST);
          assertThat(measure.depth()).as(file.toString()).isLessThanOrEqualTo(DEFAULT_MAX_DEPTH);
        }
      }
    }
  }

  @Test
  void manyAliasedCopiesOfAnExpensiveFieldExceedTheBudget() {
    String copies =
        IntStream.range(0, 240)
            .mapToObj(i -> "c" + i + ": onCall { role }")
            .collect(Collectors.joining(" "));
    assertThat(measure("{ " + copies + " }").get(0).cost()).isEqualTo(240 * (1 + 25 + 1));
    assertThat(measure("{ onCall { role } }").get(0).cost()).isEqualTo(27);
  }

  @Test
  void expensiveFieldsCostTheSameThroughFragmentsAndOnlyAtTheRoot() {
    assertThat(measure("query { ...F } fragment F on Query { onCall { role } }").get(0).cost())
        .isEqualTo(27);
    assertThat(measure("{ ... on Query { schedule(rotationId: 1) { index } } }").get(0).cost())
        .isEqualTo(27);
    // Page.onCall is batched per page list: an ordinary field.
    assertThat(measure("{ alertPage(id: 1) { onCall { role } } }").get(0).cost()).isEqualTo(3);
  }

  @Test
  void fragmentsSpreadIntoFragmentsAreCountedWithoutExponentialWork() {
    StringBuilder document = new StringBuilder("{ people { nodes { ...F0 } } }\n");
    for (int i = 0; i < 40; i++) {
      document.append(
          "fragment F" + i + " on Person { ...F" + (i + 1) + " ...F" + (i + 1) + " }\n");
    }
    document.append("fragment F40 on Person { id }");
    QueryCost.Measure measure = measure(document.toString()).get(0);
    assertThat(measure.cost()).isGreaterThan(DEFAULT_MAX_COST);
    assertThat(measure.depth()).isEqualTo(3);
  }

  @Test
  void theStandardIntrospectionQueryIsExemptFromDepthAndCost() throws IOException {
    String introspection;
    try (InputStream in =
        getClass().getResourceAsStream("/graphql/introspection-graphql-js.graphql")) {
      introspection = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(measure(introspection).get(0)).isEqualTo(new QueryCost.Measure(0, 0));
    assertThat(
            measure("{ a { b { c { d { e { f { g { h { i { j { k } } } } } } } } } } }")
                .get(0)
                .depth())
        .isEqualTo(11);
  }
}
