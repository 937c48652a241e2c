package eu.remhub.plugin.passport.api;

import eu.remhub.plugin.passport.io.ImportReport;
import eu.remhub.plugin.passport.io.PassportExporter;
import eu.remhub.plugin.passport.io.PassportImporter;
import eu.remhub.plugin.passport.io.PassportInput;
import eu.remhub.plugin.passport.json.PassportJson;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.InvalidPassportException;
import eu.remhub.plugin.passport.store.AccessPolicy;
import eu.remhub.plugin.passport.store.PassportAccessDeniedException;
import eu.remhub.plugin.passport.store.PassportCatalogue;
import eu.remhub.plugin.passport.store.PassportNotFoundException;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.plugin.passport.store.PassportRow;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.PassportStateException;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.web.ApiEndpoint;
import eu.remhub.portal.api.web.ApiException;
import eu.remhub.portal.api.web.ApiHandler;
import eu.remhub.portal.api.web.ApiRequest;
import eu.remhub.portal.api.web.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The passport REST API under {@code /api/v1/}. Reads are open to all and filtered to the caller's
 * tier exactly as the page is; changes need {@code passport.manage} (checked by the portal) and,
 * per passport, that the caller acts for its responsible organisation (checked here), whether the
 * caller is a signed-in person or an organisation's API token.
 */
public final class PassportEndpoints {

  /** The JSON Schema of the passport document, a resource beside this class. */
  static final String SCHEMA = "passport.schema.json";

  /** The OpenAPI description, a resource beside this class. */
  static final String OPENAPI = "passport.openapi.json";

  private final PluginContext context;
  private final PassportService service;
  private final PassportReader reader;

  /**
   * Creates the endpoints.
   *
   * @param context the plugin context
   */
  public PassportEndpoints(PluginContext context) {
    this.context = context;
    this.service = new PassportService(context);
    this.reader = new PassportReader(context);
  }

  /**
   * Every endpoint.
   *
   * @return the endpoints
   */
  public List<ApiEndpoint> endpoints() {
    Access manage = Access.entitlement(AccessPolicy.MANAGE);
    return List.of(
        new ApiEndpoint("GET", "passports", Access.anonymous(), guarded(this::list)),
        new ApiEndpoint(
            "GET", "passports/schema", Access.anonymous(), guarded(request -> resource(SCHEMA))),
        new ApiEndpoint(
            "GET", "passports/openapi", Access.anonymous(), guarded(request -> resource(OPENAPI))),
        new ApiEndpoint("GET", "passports/export", manage, guarded(this::export)),
        new ApiEndpoint("GET", "passports/{id}", Access.anonymous(), guarded(this::get)),
        new ApiEndpoint("POST", "passports", manage, guarded(this::create)),
        new ApiEndpoint("POST", "passports/import", manage, guarded(this::importFile)),
        new ApiEndpoint("PUT", "passports/{id}", manage, guarded(this::update)),
        new ApiEndpoint("POST", "passports/{id}/publish", manage, guarded(this::publish)),
        new ApiEndpoint("POST", "passports/{id}/events", manage, guarded(this::recordEvent)));
  }

  ApiResponse get(ApiRequest request) {
    String id = request.pathVariable("id");
    // A dispatcher may try the template before the literal paths; answer those here as well.
    switch (id) {
      case "schema" -> {
        return resource(SCHEMA);
      }
      case "openapi" -> {
        return resource(OPENAPI);
      }
      case "export" -> {
        return export(request);
      }
      default -> {
        OptionalInt version =
            request
                .queryParameter("version")
                .map(v -> OptionalInt.of(number(v, "version")))
                .orElse(OptionalInt.empty());
        Viewer viewer = Viewer.ofApi(request.caller());
        long passportId = passportId(request);
        return ApiResponse.ok(
            PassportJson.write(
                reader
                    .read(viewer, passportId, version)
                    .orElseThrow(
                        () ->
                            version.isPresent() && reader.visible(viewer, passportId)
                                ? new PassportNotFoundException(passportId, version.getAsInt())
                                : new PassportNotFoundException(passportId))));
      }
    }
  }

  ApiResponse list(ApiRequest request) {
    if (request.queryParameter("link").isPresent()) {
      Identifier identifier =
          Identifier.parse(request.queryParameter("link").get())
              .orElseThrow(
                  () ->
                      new ApiException(
                          400, "link: give a GS1 Digital Link such as /01/04012345000017/10/B7"));
      long id =
          reader
              .resolve(identifier)
              .orElseThrow(
                  () ->
                      new ApiException(
                          404, "No passport has the identifier " + identifier.digitalLinkPath()));
      return ApiResponse.ok(
          PassportJson.write(
              reader
                  .read(Viewer.ofApi(request.caller()), id)
                  .orElseThrow(() -> new PassportNotFoundException(id))));
    }
    return ApiResponse.ok(
        PassportJson.write(Map.of("passports", new PassportCatalogue(context).published())));
  }

  ApiResponse create(ApiRequest request) {
    Viewer viewer = Viewer.ofApi(request.caller());
    PassportInput input = PassportJson.read(request.bodyText(), PassportInput.class);
    if (input.identifier() == null) {
      throw new InvalidPassportException(
          "identifier",
          "give the GTIN, and batch or serial number where the granularity asks for them");
    }
    long operator =
        viewer.staff() && input.operator() != null && input.operator().organisationId() != null
            ? input.operator().organisationId()
            : viewer.organisationId();
    long id =
        service
            .repository()
            .jdbc()
            .inTransaction(
                () -> {
                  long created =
                      service.create(
                          viewer,
                          operator,
                          input.identifier(),
                          input.granularity(),
                          input.content());
                  input.eventList().forEach(event -> service.recordEvent(viewer, created, event));
                  if (input.status() != null && input.status().wasPublished()) {
                    service.publish(viewer, created);
                  }
                  return created;
                });
    PassportRow row = service.repository().find(id).orElseThrow();
    String json = PassportJson.write(outcome(row, row.latestVersion()));
    return new ApiResponse(
        201,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8),
        Map.of("Location", "/api/v1/passports/" + id));
  }

  ApiResponse update(ApiRequest request) {
    long id = passportId(request);
    PassportInput input = PassportJson.read(request.bodyText(), PassportInput.class);
    PassportRow row =
        service.repository().find(id).orElseThrow(() -> new PassportNotFoundException(id));
    if (input.identifier() != null && !input.identifier().normalised().equals(row.identifier())) {
      throw new InvalidPassportException(
          "identifier",
          "the identifier of a passport never changes; create a new passport instead");
    }
    int version = service.saveDraft(Viewer.ofApi(request.caller()), id, input.content());
    return ApiResponse.ok(
        PassportJson.write(outcome(service.repository().find(id).orElseThrow(), version)));
  }

  ApiResponse publish(ApiRequest request) {
    long id = passportId(request);
    int version = service.publish(Viewer.ofApi(request.caller()), id);
    return ApiResponse.ok(
        PassportJson.write(outcome(service.repository().find(id).orElseThrow(), version)));
  }

  ApiResponse recordEvent(ApiRequest request) {
    long id = passportId(request);
    CustodyEvent event = PassportJson.read(request.bodyText(), CustodyEvent.class);
    int seq = service.recordEvent(Viewer.ofApi(request.caller()), id, event);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("passport", id);
    body.put("seq", seq);
    body.put("chain", service.verify(id));
    return ApiResponse.json(201, PassportJson.write(body));
  }

  ApiResponse export(ApiRequest request) {
    Viewer viewer = Viewer.ofApi(request.caller());
    if (!new PassportCatalogue(context).managesAny(viewer)) {
      throw new PassportAccessDeniedException(
          "Exporting needs the entitlement " + AccessPolicy.MANAGE);
    }
    return ApiResponse.ok(new PassportExporter(context).exportJson(viewer));
  }

  ApiResponse importFile(ApiRequest request) {
    ImportReport report =
        new PassportImporter(context)
            .importText(Viewer.ofApi(request.caller()), request.bodyText());
    return ApiResponse.json(report.ok() ? 200 : 422, PassportJson.write(report));
  }

  private Map<String, Object> outcome(PassportRow row, int version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", row.id());
    body.put("digitalLink", row.identifier().digitalLinkPath());
    body.put("status", row.status());
    body.put("version", version);
    body.put("url", "/passport/" + row.id());
    return body;
  }

  private static long passportId(ApiRequest request) {
    String text = request.pathVariable("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ApiException(400, "id: '" + text + "' is not a passport number");
    }
  }

  private static int number(String text, String name) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + ": '" + text + "' is not a number");
    }
  }

  private ApiResponse resource(String name) {
    try (InputStream in = PassportEndpoints.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The plugin jar lacks " + name);
      }
      return ApiResponse.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns the plugin's exceptions into problem responses with the status they stand for. */
  private static ApiHandler guarded(ApiHandler handler) {
    return request -> {
      try {
        return handler.handle(request);
      } catch (InvalidPassportException e) {
        throw new ApiException(400, e.getMessage());
      } catch (PassportNotFoundException e) {
        throw new ApiException(404, e.getMessage());
      } catch (PassportAccessDeniedException e) {
        throw new ApiException(403, e.getMessage());
      } catch (PassportStateException e) {
        throw new ApiException(409, e.getMessage());
      }
    };
  }
}
