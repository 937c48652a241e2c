package eu.remhub.portal.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.remhub.portal.security.TokenOwner;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member directory for machines: approved organisations with their public fields only, paged
 * and filtered as in the portal; and an organisation's logo, which its own API token or admins may
 * replace. Described by {@code /api/v1/openapi/members.json}. Bad input is answered 400 with RFC
 * 9457 problem details ({@link OrganisationApiProblems}).
 */
@RestController
@RequestMapping("/api/v1")
class OrganisationApiController {

  /** An organisation as the public sees it; fields it keeps from the public are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OrganisationJson(
      long id,
      String shortName,
      String legalName,
      String country,
      String city,
      String website,
      List<String> segments,
      List<String> materials,
      String description,
      String url) {

    static OrganisationJson of(OrganisationProfile p) {
      return new OrganisationJson(
          p.id(),
          p.shortName(),
          p.legalName(),
          p.country(),
          p.city(),
          blankToNull(p.website()),
          p.segments() == null ? null : p.segments().stream().map(Enum::name).toList(),
          p.materials() == null ? null : p.materials().stream().map(Material::label).toList(),
          blankToNull(p.description()),
          "/organisations/" + p.id());
    }
  }

  /** One page of organisations. */
  record OrganisationPage(int page, int size, long total, List<OrganisationJson> items) {}

  /** A request body over the limit. */
  static final class TooLargeException extends RuntimeException {
    TooLargeException(long max) {
      super("The logo is larger than the limit of " + max / 1024 + " KiB.");
    }
  }

  static final int MAX_PAGE_SIZE = 100;

  private final OrganisationService organisations;
  private final MemberSettings settings;

  OrganisationApiController(OrganisationService organisations, MemberSettings settings) {
    this.organisations = organisations;
    this.settings = settings;
  }

  @GetMapping("/organisations")
  OrganisationPage list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String segment,
      @RequestParam(required = false) String material,
      @RequestParam(required = false) String q) {
    Problems problems = new Problems();
    if (page < 0 || page > 100_000) {
      problems.add("page", "error.api.page");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      problems.add("size", "error.api.size", MAX_PAGE_SIZE);
    }
    String countryCode =
        country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    if (countryCode != null && !VatIds.isEuCountry(countryCode)) {
      problems.add("country", "error.country");
    }
    ValueChainSegment seg = null;
    if (segment != null && !segment.isBlank()) {
      try {
        seg = ValueChainSegment.valueOf(segment.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("segment", "error.api.segment");
      }
    }
    Material mat = null;
    if (material != null && !material.isBlank()) {
      mat = Material.parse(material.strip()).orElse(null);
      if (mat == null) {
        problems.add("material", "error.api.material");
      }
    }
    if (q != null && q.length() > 100) {
      problems.add("q", "error.too-long", 100);
    }
    problems.throwIfAny();
    var result =
        organisations.publicDirectory(
            new DirectoryFilter(countryCode, seg, mat, q), page * size, size);
    return new OrganisationPage(
        page,
        size,
        result.total(),
        result.organisations().stream().map(OrganisationJson::of).toList());
  }

  @GetMapping("/organisations/{id}")
  ResponseEntity<?> one(@PathVariable long id) {
    return organisations
        .publicProfile(id)
        .<ResponseEntity<?>>map(p -> ResponseEntity.ok(OrganisationJson.of(p)))
        .orElseGet(() -> OrganisationApiProblems.notFound("No approved organisation " + id + "."));
  }

  /** Replaces the logo with the request body, a PNG or JPEG image. */
  @PutMapping("/organisations/{id}/logo")
  ResponseEntity<Void> putLogo(@PathVariable long id, InputStream body) throws IOException {
    long max = settings.maxLogoSize().toBytes();
    byte[] content = body.readNBytes((int) max + 1);
    if (content.length > max) {
      throw new TooLargeException(max);
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof TokenOwner owner) {
      organisations.setLogoForToken(owner.organisationId(), id, content);
    } else {
      organisations.setLogo(id, content);
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping(value = "/openapi/members.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> openApi() throws IOException {
    try (InputStream in = new ClassPathResource("openapi/members.json").getInputStream()) {
      return ResponseEntity.status(HttpStatus.OK)
          .contentType(MediaType.APPLICATION_JSON)
          .body(in.readAllBytes());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
