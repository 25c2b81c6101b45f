package org.dutyboard.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every root operation of the running schema is sent by some test: its name appears in a GraphQL
 * document (a string literal) of a test source. The authorization matrix names every mutation in a
 * table but shows no effect, so it does not count.
 */
@QuarkusTest
class RootOperationCoverageTest {
  private static final Path TESTS = Path.of("src/test/java");
  private static final Set<String> NOT_COUNTED =
      Set.of("MutationAuthorizationMatrixTest.java", "RootOperationCoverageTest.java");
  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

  @Test
  void everyQueryMutationAndSubscriptionIsSentBySomeTest() throws IOException {
    String documents = documentsInTests();
    TypeDefinitionRegistry registry =
        new SchemaParser()
            .parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
    List<String> untested =
        Stream.of("Query", "Mutation", "Subscription")
            .flatMap(root -> registry.getType(root, ObjectTypeDefinition.class).stream())
            .flatMap(
                root ->
                    root.getFieldDefinitions().stream()
                        .map(f -> root.getName() + "." + f.getName()))
            .filter(
                op ->
                    !Pattern.compile("\\b" + op.substring(op.indexOf('.') + 1) + "\\b")
                        .matcher(documents)
                        .find())
            .toList();
    assertThat(untested).as("root operations no test sends").isEmpty();
  }

  private static String documentsInTests() throws IOException {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !NOT_COUNTED.contains(f.getFileName().toString()))
          .map(RootOperationCoverageTest::stringLiterals)
          .collect(Collectors.joining("\n"));
    }
  }

  private static String stringLiterals(Path file) {
    try {
      Matcher literal = LITERAL.matcher(Files.readString(file));
      StringBuilder text = new StringBuilder();
      while (literal.find()) {
        text.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
