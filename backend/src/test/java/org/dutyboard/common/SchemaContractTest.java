package org.dutyboard.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.Validator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * graphql-schema/schema.graphql is the contract dashboards build against. This test fails when the
 * running schema drifts from it. After an intended change, regenerate the file with {@code ./mvnw
 * -pl backend -am verify -Ddutyboard.schema.update=true} and review the diff like code.
 */
@QuarkusTest
class SchemaContractTest {
  private static final Path COMMITTED =
      Path.of(System.getProperty("dutyboard.schema.file", "../graphql-schema/schema.graphql"));

  private static String runningSchema() {
    return given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
  }

  @Test
  void runningSchemaMatchesTheCommittedContract() throws IOException {
    String running = runningSchema();
    if (Boolean.getBoolean("dutyboard.schema.update")) {
      Files.writeString(COMMITTED, running, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as(
            "graphql-schema/schema.graphql is stale; regenerate with -Ddutyboard.schema.update=true")
        .isEqualTo(running);
  }

  @Test
  void everyTypeFieldArgumentAndEnumValueIsDescribed() {
    TypeDefinitionRegistry registry = new SchemaParser().parse(runningSchema());
    List<String> undescribed = new ArrayList<>();
    registry
        .types()
        .values()
        .forEach(
            type -> {
              if (type.getName().startsWith("__")) {
                return;
              }
              if (type instanceof ObjectTypeDefinition object) {
                boolean root =
                    List.of("Query", "Mutation", "Subscription").contains(type.getName());
                if (!root) {
                  check(object.getDescription(), type.getName(), undescribed);
                }
                for (FieldDefinition field : object.getFieldDefinitions()) {
                  String path = type.getName() + "." + field.getName();
                  check(field.getDescription(), path, undescribed);
                  // arguments of queries, mutations, subscriptions and fields alike
                  for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    check(
                        argument.getDescription(),
                        path + "(" + argument.getName() + ":)",
                        undescribed);
                  }
                }
              } else if (type instanceof InputObjectTypeDefinition input) {
                check(input.getDescription(), type.getName(), undescribed);
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                  check(
                      field.getDescription(), type.getName() + "." + field.getName(), undescribed);
                }
              } else if (type instanceof EnumTypeDefinition enumType) {
                check(enumType.getDescription(), type.getName(), undescribed);
                for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
                  check(
                      value.getDescription(), type.getName() + "." + value.getName(), undescribed);
                }
              }
            });
    registry
        .scalars()
        .values()
        .forEach(
            (ScalarTypeDefinition scalar) -> {
              if (!List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName())) {
                check(scalar.getDescription(), "scalar " + scalar.getName(), undescribed);
              }
            });
    assertThat(undescribed)
        .as("types, fields, arguments and enum values without a description")
        .isEmpty();
  }

  @Test
  void exampleOperationsAreValidAgainstTheRunningSchema() throws IOException {
    GraphQLSchema schema =
        new SchemaGenerator()
            .makeExecutableSchema(
                new SchemaParser().parse(runningSchema()), RuntimeWiring.MOCKED_WIRING);
    Path operations = COMMITTED.resolveSibling("operations");
    List<Path> files;
    try (Stream<Path> listing = Files.list(operations)) {
      files = listing.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Document document = new Parser().parseDocument(Files.readString(file));
      assertThat(new Validator().validateDocument(schema, document, Locale.ENGLISH))
          .as("%s is valid", file.getFileName())
          .isEmpty();
    }
  }

  private static void check(Description description, String name, List<String> undescribed) {
    if (description == null || description.getContent().isBlank()) {
      undescribed.add(name);
    }
  }
}
