package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  private static final String CORE =
      """
      openapi: 3.1.0
      paths:
        /api/v1/search:
          get:
            operationId: search
            responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Hit'}}}}}
      components:
        schemas:
          Hit: {type: object}
      tags:
        - name: search
      """;

  private OpenApiDocument document;

  @BeforeEach
  void core() {
    document = new OpenApiDocument("REMHub API", "1.0.0", "test");
    document.addCore(CORE);
  }

  @Test
  void pluginFragment_isMergedUnderApiV1_withItsComponents() {
    document.addPlugin(
        "matchmaking",
        """
        {"paths": {"/matchmaking/posts": {"get": {"operationId": "matchmakingPosts",
          "responses": {"200": {"description": "ok", "content": {"application/json":
            {"schema": {"$ref": "#/components/schemas/matchmaking.Post"}}}}}}}},
         "components": {"schemas": {"matchmaking.Post": {"type": "object"}}},
         "tags": [{"name": "matchmaking"}, {"name": "search"}]}
        """);

    Map<String, Object> tree = document.tree();
    assertThat(OpenApiChecks.paths(tree))
        .containsExactly("/api/v1/search", "/api/v1/matchmaking/posts");
    assertThat(OpenApiChecks.schemas(tree)).containsExactly("Hit", "matchmaking.Post");
    assertThat(OpenApiChecks.unresolvedReferences(tree)).isEmpty();
    assertThat(tree.get("tags").toString()).isEqualTo("[{name=search}, {name=matchmaking}]");
  }

  @Test
  void aFragmentThatIsNotYamlOrJson_isRefusedInWords_andChangesNothing() {
    assertThatThrownBy(() -> document.addPlugin("broken", "paths: [unclosed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The OpenAPI description of plugin broken is not valid YAML or JSON");
    assertThatThrownBy(() -> document.addPlugin("broken", "- just\n- a list"))
        .hasMessageContaining("has a document that is not an object");
    assertThat(OpenApiChecks.paths(document.tree())).containsExactly("/api/v1/search");
  }

  @Test
  void aPathDescribedAlready_isRefused_andTheWholeFragmentLeftOut() {
    assertThatThrownBy(
            () ->
                document.addPlugin(
                    "pilot",
                    """
                    paths:
                      /pilot/calls: {get: {responses: {'200': {description: ok}}}}
                      /search: {get: {responses: {'200': {description: ok}}}}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The OpenAPI description of plugin pilot describes /api/v1/search, which is described"
                + " already");
    assertThat(OpenApiChecks.paths(document.tree())).containsExactly("/api/v1/search");
  }

  @Test
  void aComponentWithoutThePluginsPrefix_isRefused() {
    assertThatThrownBy(
            () ->
                document.addPlugin(
                    "training",
                    """
                    paths:
                      /training/courses: {get: {responses: {'200': {description: ok}}}}
                    components:
                      schemas:
                        Hit: {type: string}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "names the component schemas.Hit, which does not start with the plugin id (for example 'training.Hit')");
    assertThat(OpenApiChecks.paths(document.tree())).containsExactly("/api/v1/search");
    assertThat(OpenApiChecks.schemas(document.tree())).containsExactly("Hit");
  }

  @Test
  void aPathNotStartingWithSlash_isRefused_andAnEmptyFragmentAddsNothing() {
    assertThatThrownBy(() -> document.addPlugin("training", "paths:\n  training/courses: {}\n"))
        .hasMessageContaining("has the path 'training/courses', which does not start with '/'");
    document.addPlugin("training", "  ");
    assertThat(OpenApiChecks.paths(document.tree())).containsExactly("/api/v1/search");
  }
}
