package eu.remhub.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the features of the portal apart: no cycle between them, one direction from the shared
 * kernel up to the plugin bridge, each feature's {@code internal} package its own, Lucene, Stripe
 * and JDBC only inside {@code internal} packages, and views named by no other feature. Every rule
 * is also checked against {@code eu.remhub.structurefixture}, a small set of classes that breaks
 * it, so that a rule which stopped catching anything would fail here too.
 */
class StructureTest {

  /**
   * The features, lowest first; each may use those before it and none after it. Security comes
   * first because the shell in {@code base} shows menus by access rule and needs nothing else of
   * it; {@code plugin} is last because the plugin bridge feeds every other feature.
   */
  static final List<String> FEATURES =
      List.of("security", "base", "mail", "search", "member", "billing", "admin", "plugin");

  /**
   * The shell's views (the frame, the home page) are the one {@code ui} package others build on.
   */
  static final String SHELL = "base";

  private static final String ROOT = "eu.remhub.portal";
  private static final String FIXTURE = "eu.remhub.structurefixture";
  private static final List<String> FIXTURE_FEATURES = List.of("low", "high");

  private static JavaClasses portal;
  private static JavaClasses fixture;

  @BeforeAll
  static void importClasses() {
    // The module's own classes only: the contract (eu.remhub.portal.api) is a module of its own.
    portal = new ClassFileImporter().importPath(Path.of("target/classes"));
    fixture =
        new ClassFileImporter().importPath(Path.of("target/test-classes", FIXTURE.split("\\.")));
  }

  @Test
  void everyFeatureIsKnownToTheRules() throws Exception {
    Path sources = Path.of("src/main/java", ROOT.split("\\."));
    List<String> packages = new ArrayList<>();
    try (Stream<Path> children = Files.list(sources)) {
      children.filter(Files::isDirectory).forEach(p -> packages.add(p.getFileName().toString()));
    }
    assertThat(packages)
        .as("a new top-level package is a new feature: give it its place in FEATURES")
        .containsExactlyInAnyOrderElementsOf(FEATURES);
  }

  @Test
  void everyPackage_saysInPackageInfoWhatBelongsInIt() throws Exception {
    Path sources = Path.of("src/main/java");
    List<String> without = new ArrayList<>();
    try (Stream<Path> folders = Files.walk(sources)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        boolean hasCode;
        try (Stream<Path> files = Files.list(folder)) {
          hasCode = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (hasCode && !Files.exists(folder.resolve("package-info.java"))) {
          without.add(sources.relativize(folder).toString().replace('/', '.'));
        }
      }
    }
    assertThat(without).as("packages without package-info.java").isEmpty();
  }

  @Test
  void features_formNoCycle() {
    freeOfCycles(ROOT).check(portal);
  }

  @Test
  void features_dependOnlyOnFeaturesBelowThem() {
    layered(ROOT, FEATURES).check(portal);
  }

  @Test
  void internalPackages_areUsedOnlyByTheirOwnFeature() {
    internalsStayInside(ROOT, FEATURES).check(portal);
  }

  @Test
  void luceneStripeAndJdbc_areUsedOnlyInInternalPackages() {
    technologyOnlyInternal(ROOT).check(portal);
  }

  @Test
  void views_areNamedByNoOtherFeature() {
    viewsStayInside(ROOT, FEATURES.stream().filter(f -> !f.equals(SHELL)).toList()).check(portal);
  }

  @Test
  void everyRule_catchesTheFixtureThatBreaksIt() {
    assertThatThrownBy(() -> freeOfCycles(FIXTURE).check(fixture))
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("low")
        .hasMessageContaining("high");
    assertThatThrownBy(() -> layered(FIXTURE, FIXTURE_FEATURES).check(fixture))
        .hasMessageContaining("LowService")
        .hasMessageContaining("HighService");
    assertThatThrownBy(() -> internalsStayInside(FIXTURE, FIXTURE_FEATURES).check(fixture))
        .hasMessageContaining("HighStore");
    assertThatThrownBy(() -> technologyOnlyInternal(FIXTURE).check(fixture))
        .hasMessageContaining("java.sql.Timestamp")
        .hasMessageNotContaining("HighStore");
    assertThatThrownBy(() -> viewsStayInside(FIXTURE, FIXTURE_FEATURES).check(fixture))
        .hasMessageContaining("HighView");
  }

  static ArchRule freeOfCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** Each feature may be used only by the features above it in the list. */
  static ArchRule layered(String root, List<String> features) {
    var layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String feature : features) {
      layers = layers.layer(feature).definedBy(root + "." + feature + "..");
    }
    for (int i = 0; i < features.size() - 1; i++) {
      layers =
          layers
              .whereLayer(features.get(i))
              .mayOnlyBeAccessedByLayers(
                  features.subList(i + 1, features.size()).toArray(String[]::new));
    }
    return layers.whereLayer(features.getLast()).mayNotBeAccessedByAnyLayer();
  }

  static ArchRule internalsStayInside(String root, List<String> features) {
    return CompositeArchRule.of(
        features.stream()
            .map(
                feature ->
                    (ArchRule)
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(root + "." + feature + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(root + "." + feature + ".internal..")
                            .as("only " + feature + " uses " + feature + ".internal"))
            .toList());
  }

  static ArchRule technologyOnlyInternal(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage("..internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene..",
            "com.stripe..",
            "java.sql..",
            "javax.sql..",
            "org.springframework.jdbc..")
        .as("Lucene, Stripe and JDBC are used only in internal packages");
  }

  static ArchRule viewsStayInside(String root, List<String> features) {
    return CompositeArchRule.of(
        features.stream()
            .map(
                feature ->
                    (ArchRule)
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(root + "." + feature + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(root + "." + feature + ".ui..")
                            .as("only " + feature + " names the views of " + feature))
            .toList());
  }
}
