package eu.remhub.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Italian are complete, and every key the code asks for exists. */
class MessageBundlesTest {

  @Test
  void italianHasExactlyTheEnglishKeys() throws IOException {
    assertThat(load("i18n/messages_it.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            load("i18n/messages.properties").stringPropertyNames());
  }

  @Test
  void everyKeyTheCoreAsksFor_isInTheBundle() throws IOException {
    Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    Pattern call = Pattern.compile("getTranslation\\(\"([a-z0-9._-]*[a-z0-9])\"[,)]");
    Pattern navKey = Pattern.compile("\"(nav\\.[a-z]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        for (Pattern p : new Pattern[] {call, navKey}) {
          Matcher m = p.matcher(text);
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys).containsAll(used);
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
