package eu.remhub.portal.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Keeps the plugin contract a contract: no technology of the core leaks into it, every public type
 * is documented with the version it arrived in, and its version matches the one the build
 * announces.
 */
class ContractPurityTest {

  /** A public type declaration at the start of a line; group 1 is the indentation. */
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^([ \\t]*)public\\s+(?:(?:abstract|final|static|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SOURCES = MODULE.resolve("src/main/java");

  private static JavaClasses contract;

  @BeforeAll
  static void importContract() {
    contract =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.remhub.portal.api");
  }

  @Test
  void contract_dependsOnNoCoreTechnology() {
    noClasses()
        .that()
        .resideInAPackage("eu.remhub.portal.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "com.mysql..",
            "org.h2..",
            "org.mariadb..",
            "org.apache.lucene..",
            "com.stripe..",
            "..internal..")
        .because("a plugin compiles against the contract alone; the core's technology may change")
        .check(contract);
  }

  @Test
  void contract_dependsOnNoOtherPortalPackage() {
    noClasses()
        .that()
        .resideInAPackage("eu.remhub.portal.api..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("eu.remhub.portal..")
                .and(not(resideInAPackage("eu.remhub.portal.api.."))))
        .because("plugins never reach core internals")
        .check(contract);
  }

  @Test
  void everyPublicType_hasJavadocAndTopLevelTypesSayWhenTheyArrived() throws IOException {
    List<String> undocumented = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher type = PUBLIC_TYPE.matcher(source);
      while (type.find()) {
        boolean topLevel = type.group(1).isEmpty();
        String javadoc = javadocBefore(source, type.start());
        String name = SOURCES.relativize(file) + ": " + type.group(2);
        checked.add(type.group(2));
        if (javadoc == null) {
          undocumented.add(name + " has no Javadoc");
        } else if (topLevel && !javadoc.contains("@since")) {
          undocumented.add(name + " has no @since in its Javadoc");
        }
      }
    }

    // Guards against a pattern that silently matches nothing.
    assertThat(checked).contains("PluginContext", "RowMapper", "Kind");
    assertThat(undocumented).isEmpty();
  }

  @Test
  void contractVersion_isTheOneTheBuildAnnounces() throws Exception {
    Document pom;
    try (InputStream in = Files.newInputStream(MODULE.resolve("../../pom.xml").normalize())) {
      pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    String announced = pom.getElementsByTagName("portal.api.version").item(0).getTextContent();

    assertThat(PortalApi.VERSION).isEqualTo(announced.trim());
  }

  /**
   * The Javadoc comment right before a declaration (skipping annotations and blank lines), or
   * {@code null} when there is none.
   */
  private static String javadocBefore(String source, int declarationStart) {
    String[] lines = source.substring(0, declarationStart).split("\n", -1);
    int i = lines.length - 1;
    // The last element is the declaration line's indentation; skip it, annotations and blanks.
    while (i >= 0 && (lines[i].isBlank() || lines[i].trim().startsWith("@"))) {
      i--;
    }
    if (i < 0 || !lines[i].trim().endsWith("*/")) {
      return null;
    }
    StringBuilder comment = new StringBuilder();
    for (; i >= 0; i--) {
      comment.insert(0, lines[i] + "\n");
      if (lines[i].contains("/*")) {
        return lines[i].contains("/**") ? comment.toString() : null;
      }
    }
    return null;
  }
}
