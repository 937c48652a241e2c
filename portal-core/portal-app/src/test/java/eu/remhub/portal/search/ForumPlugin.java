package eu.remhub.portal.search;

import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real plugin jar for the search tests: it owns the document type {@code post}, publishes a post
 * through {@code context.search()} in the transaction that stores it (POST /api/v1/forum/posts),
 * and streams all its posts when the portal asks.
 */
final class ForumPlugin {

  private ForumPlugin() {}

  static Path jar() {
    String pkg = "com.example.forum";
    String doc =
        """
        static SearchDocument doc(long id, String title, long org) {
          return new SearchDocument("post", Long.toString(id), title, List.of("forum"), "Posted on the forum: " + title,
              "/forum/" + id, org > 0 ? Visibility.organisation(org) : Visibility.everyone(),
              Map.of("material", List.of("NdFeB")), Instant.parse("2026-02-01T00:00:00Z").plusSeconds(id));
        }
        """;
    try {
      Path folder = Files.createDirectories(Path.of("target", "test-plugins", "forum"));
      return PluginJarBuilder.plugin("forum", "1.0.0")
          .requires(">=1.0.0 & <2.0.0")
          .pluginClass(pkg + ".ForumPlugin")
          .source(
              pkg + ".ForumPlugin",
              """
              package com.example.forum;
              import eu.remhub.portal.api.*;
              public class ForumPlugin extends PortalPlugin {
                public ForumPlugin(PluginContext context) { super(context); }
              }
              """)
          .source(
              pkg + ".Posts",
              """
              package com.example.forum;
              import eu.remhub.portal.api.service.*;
              import java.time.Instant;
              import java.util.*;
              final class Posts {
              """
                  + doc
                  + """
              }
              """)
          .source(
              pkg + ".ForumSearch",
              """
              package com.example.forum;
              import eu.remhub.portal.api.PluginContext;
              import eu.remhub.portal.api.extension.SearchDocumentContributor;
              import eu.remhub.portal.api.service.SearchDocument;
              import java.util.List;
              import java.util.function.Consumer;
              import org.pf4j.Extension;
              @Extension
              public class ForumSearch implements SearchDocumentContributor {
                private final PluginContext context;
                public ForumSearch(PluginContext context) { this.context = context; }
                public String id() { return "forum-search"; }
                public List<String> types() { return List.of("post"); }
                public void allDocuments(Consumer<SearchDocument> sink) {
                  context.jdbc().query("SELECT id, title, org_id FROM forum_post", r -> Posts.doc(r.getLong(1), r.getString(2), r.getLong(3)), new Object[0])
                      .forEach(sink);
                }
              }
              """)
          .source(
              pkg + ".ForumApi",
              """
              package com.example.forum;
              import eu.remhub.portal.api.*;
              import eu.remhub.portal.api.extension.ApiContributor;
              import eu.remhub.portal.api.web.*;
              import java.util.List;
              import org.pf4j.Extension;
              @Extension
              public class ForumApi implements ApiContributor {
                private final PluginContext context;
                public ForumApi(PluginContext context) { this.context = context; }
                public String id() { return "forum-api"; }
                public List<ApiEndpoint> endpoints() {
                  return List.of(new ApiEndpoint("POST", "forum/posts", Access.anonymous(), r -> {
                    long org = Long.parseLong(r.queryParameter("org").orElse("0"));
                    long id = context.jdbc().inTransaction(() -> {
                      long created = context.jdbc().insert("INSERT INTO forum_post (title, org_id) VALUES (?, ?)", r.bodyText(), org);
                      context.search().publish(Posts.doc(created, r.bodyText(), org));
                      return created;
                    });
                    return ApiResponse.json(201, "{\\"id\\":" + id + "}");
                  }));
                }
              }
              """)
          .resource(
              "db/migration/forum/V1__post.sql",
              """
              CREATE TABLE forum_post (id BIGINT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(200) NOT NULL, org_id BIGINT NOT NULL DEFAULT 0);
              INSERT INTO forum_post (title, org_id) VALUES ('Seeded quillonite magnet exchange', 0);
              """)
          .build(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
