package eu.remhub.portal.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchDocumentBuilderTest {

  private static final Instant UPDATED = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void builder_makesTheSameDocumentAsTheConstructor() {
    SearchDocument built =
        SearchDocument.builder("course", "7")
            .title("Magnet recycling")
            .tag("recycling", "NdFeB")
            .body("Three days in Leuven")
            .url("/training/7")
            .visibility(Visibility.members())
            .facet("country", "BE")
            .facet("segment", List.of("RECYCLING"))
            .updated(UPDATED)
            .build();

    assertThat(built)
        .isEqualTo(
            new SearchDocument(
                "course",
                "7",
                "Magnet recycling",
                List.of("recycling", "NdFeB"),
                "Three days in Leuven",
                "/training/7",
                Visibility.members(),
                Map.of("country", List.of("BE"), "segment", List.of("RECYCLING")),
                UPDATED));
  }

  @Test
  void builder_leavesOptionalFieldsToTheConstructorsDefaults() {
    SearchDocument built =
        SearchDocument.builder("course", "8")
            .title("T")
            .url("/training/8")
            .visibility(Visibility.everyone())
            .build();

    assertThat(built.tags()).isEmpty();
    assertThat(built.body()).isEmpty();
    assertThat(built.facets()).isEmpty();
    assertThat(built.updated()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void missingRequiredField_isRefusedByName() {
    assertThatThrownBy(() -> SearchDocument.builder("course", "9").title("T").url("/x").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("visibility");
  }

  @Test
  void toBuilder_changesOnlyWhatIsSet() {
    SearchDocument first =
        SearchDocument.builder("course", "7")
            .title("Old")
            .tag("a")
            .url("/training/7")
            .visibility(Visibility.everyone())
            .facet("country", "IT")
            .updated(UPDATED)
            .build();

    SearchDocument second = first.toBuilder().title("New").build();

    assertThat(second)
        .isEqualTo(
            new SearchDocument(
                "course",
                "7",
                "New",
                List.of("a"),
                "",
                "/training/7",
                Visibility.everyone(),
                Map.of("country", List.of("IT")),
                UPDATED));
  }
}
