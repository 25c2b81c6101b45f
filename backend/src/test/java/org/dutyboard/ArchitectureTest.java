package org.dutyboard;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.smallrye.graphql.api.Context;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house, checked on the compiled main classes of the backend and of the
 * site generator (on this module's classpath). Rules are written by package pattern so they hold
 * when a feature is split into sub-packages.
 */
class ArchitectureTest {
  /**
   * The features from bottom to top. A feature may depend on {@code common} and on features of
   * lower tiers only; features of the same tier do not know each other. A lower feature that needs
   * to hear from a higher one declares an interface or a CDI event the higher one implements or
   * fires (e.g. {@code people.PeopleDeletionGuard}, {@code
   * maintenance.MaintenanceWindowsTransitioned}).
   */
  static final List<List<String>> TIERS =
      List.of(
          List.of("people"),
          List.of("component"),
          List.of("rotation", "incident", "maintenance"),
          List.of("clinic", "followup"),
          List.of("publish"),
          List.of("summary", "demo"),
          List.of("delivery"));

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.dutyboard");
  }

  @Test
  void importsBackendAndSiteGeneratorClasses() {
    assertThat(classes.containPackage("org.dutyboard.site.model")).isTrue();
    assertThat(classes.containPackage("org.dutyboard.common.error")).isTrue();
    for (List<String> tier : TIERS) {
      tier.forEach(f -> assertThat(classes.containPackage("org.dutyboard." + f)).as(f).isTrue());
    }
  }

  @Test
  void commonDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.dutyboard.common..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.dutyboard..")
                .and(not(resideInAPackage("org.dutyboard.common.."))))
        .check(classes);
  }

  @Test
  void topLevelFeaturesHaveNoCycles() {
    slices().matching("org.dutyboard.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void featuresDependOnlyOnLowerTiers() {
    List<String> failures = new ArrayList<>();
    for (int tier = 0; tier < TIERS.size(); tier++) {
      List<String> notBelow =
          TIERS.subList(tier, TIERS.size()).stream().flatMap(List::stream).toList();
      for (String feature : TIERS.get(tier)) {
        String[] forbidden =
            notBelow.stream()
                .filter(f -> !f.equals(feature))
                .map(f -> "org.dutyboard." + f + "..")
                .toArray(String[]::new);
        EvaluationResult result =
            noClasses()
                .that()
                .resideInAPackage("org.dutyboard." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because(feature + " sits below " + Arrays.toString(forbidden))
                .evaluate(classes);
        failures.addAll(result.getFailureReport().getDetails());
      }
    }
    assertThat(failures).as("dependencies against the tiers " + TIERS).isEmpty();
  }

  @Test
  void graphQlApisAreThin() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("GraphQlApi")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(PanacheEntityBase.class)
        .because(
            "transport parses, calls one service method and maps; persistence is the service's")
        .check(classes);
  }

  @Test
  void nothingReadsTheSelectionSet() {
    noClasses()
        .should()
        .callMethod(DataFetchingEnvironment.class, "getSelectionSet")
        .orShould()
        .callMethod(Context.class, "getSelectedFields")
        .orShould()
        .callMethod(Context.class, "getSelectedAndSourceFields")
        .because(
            "resolvers get an empty selection set (common.graphql.WithoutSelectionSet): SmallRye's"
                + " copy of it was a fifth of the incident dashboard's allocations")
        .check(classes);
  }

  @Test
  void graphQlOperationsNeverReturnEntities() {
    ArchRule rule =
        methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(GraphQLApi.class)
            .and()
            .arePublic()
            .should(notMentionAnEntityInTheirReturnType());
    rule.check(classes);
  }

  @Test
  void siteGeneratorNeverSeesAnEntity() {
    noClasses()
        .that()
        .resideInAPackage("org.dutyboard.site..")
        .should()
        .dependOnClassesThat(
            resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..", "org.hibernate..")
                .or(
                    resideInAPackage("org.dutyboard..")
                        .and(not(resideInAPackage("org.dutyboard.site..")))))
        .because("the site generator gets read models that by their type hold public data only")
        .check(classes);
  }

  private static ArchCondition<JavaMethod> notMentionAnEntityInTheirReturnType() {
    return new ArchCondition<>("not return an entity (also not in a list or connection)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Stream<JavaClass> involved = method.getReturnType().getAllInvolvedRawTypes().stream();
        involved
            .filter(type -> type.isAnnotatedWith(Entity.class))
            .forEach(
                entity ->
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " returns entity " + entity.getName())));
      }
    };
  }
}
