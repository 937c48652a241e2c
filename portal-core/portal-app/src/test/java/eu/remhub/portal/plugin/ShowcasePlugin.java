package eu.remhub.portal.plugin;

import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real plugin jar that uses contract 1.1's outputs through its context, for the tests of the
 * core's side of them. It owns the search type {@code listing} and answers under {@code
 * /api/v1/showcase/}:
 *
 * <ul>
 *   <li>{@code POST listings?id=} (body: title, a line break, text) stores and publishes a listing;
 *   <li>{@code POST removals?id=} removes one;
 *   <li>{@code POST similar?exclude=} (body: a text) answers {@code search().similar} as lines
 *       {@code type id score};
 *   <li>{@code GET certificate?lang=} answers a PDF from {@code documents()};
 *   <li>{@code GET chart} answers a PNG from {@code charts()}.
 * </ul>
 *
 * Its {@code openApi()} describes {@code /showcase/listings} with the schema {@code
 * showcase.Listing}. It adds two profile sections: "showcase.section.listings" (for anyone signed
 * in, naming the organisation and the viewer) and one that always throws.
 */
public final class ShowcasePlugin {

  private ShowcasePlugin() {}

  public static Path jar() {
    String pkg = "com.example.showcase";
    try {
      Path folder = Files.createDirectories(Path.of("target", "test-plugins", "showcase"));
      return PluginJarBuilder.plugin("showcase", "1.0.0")
          .requires(">=1.1.0 & <2.0.0")
          .pluginClass(pkg + ".ShowcasePlugin")
          .source(
              pkg + ".ShowcasePlugin",
              """
              package com.example.showcase;
              import eu.remhub.portal.api.*;
              public class ShowcasePlugin extends PortalPlugin {
                public ShowcasePlugin(PluginContext context) { super(context); }
              }
              """)
          .source(
              pkg + ".Listings",
              """
              package com.example.showcase;
              import eu.remhub.portal.api.service.*;
              final class Listings {
                static SearchDocument doc(String id, String title, String text) {
                  return SearchDocument.builder("listing", id).title(title).body(text).url("/showcase/" + id)
                      .visibility(Visibility.organisation(999_999)).build();
                }
              }
              """)
          .source(
              pkg + ".ShowcaseSearch",
              """
              package com.example.showcase;
              import eu.remhub.portal.api.PluginContext;
              import eu.remhub.portal.api.extension.SearchDocumentContributor;
              import eu.remhub.portal.api.service.SearchDocument;
              import java.util.List;
              import java.util.function.Consumer;
              import org.pf4j.Extension;
              @Extension
              public class ShowcaseSearch implements SearchDocumentContributor {
                private final PluginContext context;
                public ShowcaseSearch(PluginContext context) { this.context = context; }
                public String id() { return "showcase-search"; }
                public List<String> types() { return List.of("listing"); }
                public void allDocuments(Consumer<SearchDocument> sink) {
                  context.jdbc().query("SELECT id, title, text FROM showcase_listing",
                      r -> Listings.doc(r.getString(1), r.getString(2), r.getString(3)), new Object[0]).forEach(sink);
                }
              }
              """)
          .source(
              pkg + ".ShowcaseApi",
              """
              package com.example.showcase;
              import eu.remhub.portal.api.*;
              import eu.remhub.portal.api.extension.ApiContributor;
              import eu.remhub.portal.api.service.*;
              import eu.remhub.portal.api.web.*;
              import java.nio.charset.StandardCharsets;
              import java.util.*;
              import org.pf4j.Extension;
              @Extension
              public class ShowcaseApi implements ApiContributor {
                private final PluginContext context;
                public ShowcaseApi(PluginContext context) { this.context = context; }
                public String id() { return "showcase-api"; }
                public List<ApiEndpoint> endpoints() {
                  return List.of(
                    new ApiEndpoint("POST", "showcase/listings", Access.anonymous(), r -> {
                      String id = r.queryParameter("id").orElseThrow();
                      String[] parts = r.bodyText().split("\\n", 2);
                      context.jdbc().inTransaction(() -> {
                        context.jdbc().update("INSERT INTO showcase_listing (id, title, text) VALUES (?, ?, ?)", id, parts[0], parts[1]);
                        context.search().publish(Listings.doc(id, parts[0], parts[1]));
                        return null;
                      });
                      return ApiResponse.empty(201);
                    }),
                    new ApiEndpoint("POST", "showcase/removals", Access.anonymous(), r -> {
                      String id = r.queryParameter("id").orElseThrow();
                      context.jdbc().inTransaction(() -> {
                        context.jdbc().update("DELETE FROM showcase_listing WHERE id = ?", id);
                        context.search().remove("listing", id);
                        return null;
                      });
                      return ApiResponse.empty(204);
                    }),
                    new ApiEndpoint("POST", "showcase/similar", Access.anonymous(), r -> {
                      SimilarQuery q = new SimilarQuery(r.bodyText(), Set.of(),
                          r.queryParameter("exclude").map(Set::of).orElse(Set.of()), 10);
                      StringBuilder out = new StringBuilder();
                      for (SearchHit h : context.search().similar(q)) {
                        out.append(h.type()).append(' ').append(h.id()).append(' ').append(h.score()).append('\\n');
                      }
                      return new ApiResponse(200, "text/plain", out.toString().getBytes(StandardCharsets.UTF_8), Map.of());
                    }),
                    new ApiEndpoint("GET", "showcase/certificate", Access.anonymous(), r -> {
                      Locale locale = Locale.forLanguageTag(r.queryParameter("lang").orElse("en"));
                      byte[] pdf = context.documents().pdf(PrintDocument.builder("Showcase certificate")
                          .paragraph("Printed by the showcase plugin.")
                          .qrCode(context.publicBaseUrl() + "/showcase/verify/1", "Scan to verify")
                          .image(context.charts().png(Chart.builder("Listings").categories(List.of("Q1"))
                              .bars("Listings", List.of(3.0)).build(), 300, 200), "Listings per quarter")
                          .footer("showcase").build(), locale);
                      return new ApiResponse(200, "application/pdf", pdf, Map.of());
                    }),
                    new ApiEndpoint("GET", "showcase/chart", Access.anonymous(), r -> {
                      byte[] png = context.charts().png(Chart.builder("Listings").categories(List.of("Q1", "Q2"))
                          .bars("Listings", List.of(3.0, 5.0)).line("Target", List.of(4.0, 4.0)).build(), 320, 240);
                      return new ApiResponse(200, "image/png", png, Map.of());
                    }));
                }
                public String openApi() {
                  return \"""
                      paths:
                        /showcase/listings:
                          post:
                            operationId: showcaseAddListing
                            summary: Stores and publishes a listing
                            requestBody:
                              content:
                                text/plain:
                                  schema:
                                    $ref: '#/components/schemas/showcase.Listing'
                            responses:
                              '201':
                                description: Stored
                      components:
                        schemas:
                          showcase.Listing:
                            type: string
                            description: The title, a line break and the text
                      \""";
                }
              }
              """)
          .source(
              pkg + ".ShowcaseSections",
              """
              package com.example.showcase;
              import com.vaadin.flow.component.html.Span;
              import eu.remhub.portal.api.extension.*;
              import java.util.*;
              import org.pf4j.Extension;
              @Extension
              public class ShowcaseSections implements ProfileSectionContributor {
                public List<ProfileSection> profileSections() {
                  return List.of(
                    new ProfileSection("broken", "showcase.section.broken", 5, (org, viewer) -> {
                      throw new IllegalStateException("no section today");
                    }),
                    new ProfileSection("listings", "showcase.section.listings", 10, (org, viewer) ->
                      viewer == ProfileViewer.VISITOR ? Optional.empty()
                          : Optional.of(new Span("Listings of organisation " + org.value() + " for " + viewer))));
                }
              }
              """)
          .resource(
              "db/migration/showcase/V1__listing.sql",
              """
              CREATE TABLE showcase_listing (id VARCHAR(40) PRIMARY KEY, title VARCHAR(200) NOT NULL, text VARCHAR(2000) NOT NULL);
              """)
          .resource(
              "i18n/showcase.properties",
              "showcase.section.listings=Showcase listings\nshowcase.section.broken=Broken\n")
          .resource(
              "i18n/showcase_it.properties",
              "showcase.section.listings=Annunci di prova\nshowcase.section.broken=Guasta\n")
          .build(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
