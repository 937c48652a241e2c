package eu.remhub.plugin.passport.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.remhub.plugin.passport.TestData;
import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.seed.DemoPassports;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The published JSON Schema describes what the API really answers, at every tier. */
class PassportSchemaTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  @Test
  void everySeedPassport_atEveryTier_conformsToTheSchema() throws IOException {
    TestPluginContext context = plugin.context();
    TestData.demoOrganisations(context);
    context.grant(4, "passport.restricted-read");
    List<Long> ids = new DemoPassports(context).seedIfEmpty();
    JsonSchema schema = schema();
    PassportReader reader = new PassportReader(context);
    List<Viewer> viewers =
        List.of(
            Viewer.visitor("api"), new Viewer(0, 4, false, "api"), new Viewer(1, 0, true, "api"));

    for (long id : ids) {
      for (Viewer viewer : viewers) {
        String json = PassportJson.write(reader.read(viewer, id).orElseThrow());
        Set<ValidationMessage> problems = schema.validate(json, InputFormat.JSON);
        assertThat(problems).as("passport %s for %s", id, viewer).isEmpty();
      }
    }
  }

  @Test
  void aDocumentBreakingTheRules_failsTheSchema() throws IOException {
    String bad =
        "{\"identifier\":{\"gtin\":\"12\"},\"granularity\":\"LOT\",\"hostProduct\":{\"category\":\"OTHER\"},"
            + "\"magnets\":[{\"family\":\"NDFEB_SINTERED\",\"grade\":\"N42\",\"massGrams\":0,"
            + "\"composition\":[{\"substance\":\"Nd\",\"role\":\"MAGNET\",\"percent\":120}]}]}";

    assertThat(schema().validate(bad, InputFormat.JSON))
        .extracting(ValidationMessage::getInstanceLocation)
        .map(Object::toString)
        .contains(
            "$.identifier.gtin",
            "$.granularity",
            "$.magnets[0].massGrams",
            "$.magnets[0].composition[0].percent");
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = PassportEndpoints.class.getResourceAsStream(PassportEndpoints.SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
