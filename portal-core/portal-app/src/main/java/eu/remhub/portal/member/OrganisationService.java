package eu.remhub.portal.member;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.OrganisationApproved;
import eu.remhub.portal.api.service.SearchDocument;
import eu.remhub.portal.api.service.Visibility;
import eu.remhub.portal.base.DomainEventBus;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.search.SearchOutbox;
import eu.remhub.portal.security.CurrentPerson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisation profiles: who sees which field, who may change them, approval by staff, the
 * directory, and each organisation's search document. Every read is filtered for the person asking
 * and every write checked here, whatever view or endpoint calls.
 */
@Service
public class OrganisationService {

  /** One page of the directory. */
  public record DirectoryPage(List<OrganisationProfile> organisations, long total) {}

  public static final String SEARCH_TYPE = "organisation";

  private final JdbcOrganisations store;
  private final MemberRepository members;
  private final CurrentPerson currentPerson;
  private final AuditService audit;
  private final SearchOutbox search;
  private final MemberMails mails;
  private final DomainEventBus events;
  private final MemberSettings settings;
  private final Clock clock;

  OrganisationService(JdbcOrganisations store, MemberRepository members, CurrentPerson currentPerson, AuditService audit,
      SearchOutbox search, MemberMails mails, DomainEventBus events, MemberSettings settings, Clock clock) {
    this.store = store;
    this.members = members;
    this.currentPerson = currentPerson;
    this.audit = audit;
    this.search = search;
    this.mails = mails;
    this.events = events;
    this.settings = settings;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  /**
   * An organisation as the current person may see it. Approved organisations are there for
   * everybody; pending and rejected ones only for their own people and staff.
   */
  public Optional<OrganisationProfile> profile(long id) {
    Optional<CurrentUser> user = currentPerson.get();
    return store.find(id)
        .filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .map(o -> o.seenBy(Audience.of(user, o.id())))
        .filter(o -> o.approved() || Audience.of(user, o.id()) == Audience.INSIDER);
  }

  /** An approved organisation as visitors see it (the REST API). */
  public Optional<OrganisationProfile> publicProfile(long id) {
    return store.find(id).filter(OrganisationProfile::approved).map(o -> o.seenBy(Audience.VISITOR));
  }

  /** The full profile, for its admins and staff to edit. */
  public OrganisationProfile editable(long id) {
    requireAdminOf(id);
    return store.find(id).filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .orElseThrow(() -> new AccessDeniedException("no such organisation"));
  }

  /** The logo, if the current person may see it. */
  public Optional<Logo> logo(long id) {
    return profile(id).filter(p -> Boolean.TRUE.equals(p.hasLogo())).flatMap(p -> store.logo(id));
  }

  /** Approved organisations for the directory, filtered in the query with the person's view of each field. */
  public DirectoryPage directory(DirectoryFilter filter, int offset, int limit) {
    Optional<CurrentUser> user = currentPerson.get();
    Audience audience = user.isEmpty() ? Audience.VISITOR
        : user.get().hasRole(Roles.STAFF) ? Audience.INSIDER
        : user.get().hasRole(Roles.MEMBER) ? Audience.MEMBER : Audience.VISITOR;
    return directory(filter, audience, user.map(CurrentUser::organisationId).orElse(0L), offset, limit);
  }

  /** The directory as visitors see it: public fields only (the REST API). */
  public DirectoryPage publicDirectory(DirectoryFilter filter, int offset, int limit) {
    return directory(filter, Audience.VISITOR, 0, offset, limit);
  }

  private DirectoryPage directory(DirectoryFilter filter, Audience audience, long own, int offset, int limit) {
    var levels = FieldVisibility.levelsFor(audience);
    List<OrganisationProfile> page = store.directory(filter, levels, own, Math.max(0, offset), Math.max(1, Math.min(limit, 200))).stream()
        .map(o -> o.seenBy(own > 0 && o.id() == own ? Audience.INSIDER : audience))
        .toList();
    return new DirectoryPage(page, store.countDirectory(filter, levels, own));
  }

  /** Organisations in one state, oldest first: staff only. */
  public List<OrganisationProfile> withStatus(String status) {
    requireStaff();
    return store.byStatus(status);
  }

  // ---------------------------------------------------------------- changing

  /** Saves a profile; the organisation's admins and staff only. */
  @Transactional
  public void update(long id, ProfileChanges changes) {
    requireAdminOf(id);
    OrganisationProfile before = store.find(id).filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .orElseThrow(() -> new AccessDeniedException("no such organisation"));
    Problems problems = new Problems();
    ProfileChanges clean = check(changes, id, problems);
    problems.throwIfAny();
    store.update(id, clean, clock.instant());
    publish(id);
    audit.record("organisation.updated", "organisation:" + id, changed(before, clean));
  }

  /** Stores a logo after checking its content; the organisation's admins and staff only. */
  @Transactional
  public void setLogo(long id, byte[] content) {
    requireAdminOf(id);
    store.find(id).filter(o -> !OrganisationProfile.ERASED.equals(o.status()))
        .orElseThrow(() -> new AccessDeniedException("no such organisation"));
    String type = LogoCheck.check(content, settings.maxLogoSize().toBytes());
    store.saveLogo(id, type, content, clock.instant());
    audit.record("organisation.logo-changed", "organisation:" + id, type + ", " + content.length + " bytes");
  }

  /** Stores a logo for a caller holding an API token of {@code tokenOrganisationId}: its own organisation only. */
  @Transactional
  public void setLogoForToken(long tokenOrganisationId, long id, byte[] content) {
    if (tokenOrganisationId != id) {
      throw new AccessDeniedException("an API token acts for its own organisation only");
    }
    String type = LogoCheck.check(content, settings.maxLogoSize().toBytes());
    store.saveLogo(id, type, content, clock.instant());
    audit.record("organisation.logo-changed", "organisation:" + id, type + ", " + content.length + " bytes, by API token");
  }

  @Transactional
  public void removeLogo(long id) {
    requireAdminOf(id);
    store.deleteLogo(id);
    audit.record("organisation.logo-removed", "organisation:" + id, "");
  }

  /** Staff approve a pending (or earlier rejected) organisation: it is listed, its people become members. */
  @Transactional
  public void approve(long id) {
    requireStaff();
    OrganisationProfile o = undecided(id);
    Instant now = clock.instant();
    store.decide(id, OrganisationProfile.APPROVED, null, AuditService.currentActor(), now);
    for (Person p : members.peopleOf(id)) {
      Set<String> roles = new LinkedHashSet<>(p.roles());
      if (roles.add(Roles.MEMBER)) {
        members.updateRoles(p.id(), roles);
      }
      if (p.hasRole(Roles.ORG_ADMIN)) {
        mails.approved(p.email(), p.displayName(), Locale.forLanguageTag(p.locale()), o.shortName(), id);
      }
    }
    publish(id);
    audit.record("organisation.approved", "organisation:" + id, o.legalName());
    events.publish(new OrganisationApproved(id, now));
  }

  /** Staff reject a pending organisation with a reason, which is mailed to its admins. */
  @Transactional
  public void reject(long id, String reason) {
    requireStaff();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw InvalidInputException.of("reason", "error.reason.required");
    }
    if (why.length() > 2000) {
      throw InvalidInputException.of("reason", "error.too-long", 2000);
    }
    OrganisationProfile o = undecided(id);
    store.decide(id, OrganisationProfile.REJECTED, why, AuditService.currentActor(), clock.instant());
    for (Person p : members.peopleOf(id)) {
      if (p.hasRole(Roles.ORG_ADMIN)) {
        mails.rejected(p.email(), p.displayName(), Locale.forLanguageTag(p.locale()), o.shortName(), why);
      }
    }
    publish(id);
    audit.record("organisation.rejected", "organisation:" + id, o.legalName() + ": " + why);
  }

  private OrganisationProfile undecided(long id) {
    OrganisationProfile o = store.find(id).orElseThrow(() -> new IllegalArgumentException("no organisation " + id));
    if (!OrganisationProfile.PENDING.equals(o.status()) && !OrganisationProfile.REJECTED.equals(o.status())) {
      throw new IllegalStateException(o.shortName() + " is " + o.status().toLowerCase(Locale.ROOT) + ", not waiting for a decision");
    }
    return o;
  }

  /** Erases an organisation that has nobody left: its profile is cleared and its search document removed. */
  @Transactional
  void eraseEmpty(long id) {
    store.erase(id, clock.instant());
    search.remove(SEARCH_TYPE, Long.toString(id));
    audit.record("organisation.erased", "organisation:" + id, "its last person's account was erased");
  }

  // ---------------------------------------------------------------- search

  /**
   * Writes the organisation's search document into the search outbox, in the caller's transaction.
   * It carries public fields only; approved organisations are found by everybody, others by their
   * own people and staff.
   */
  void publish(long id) {
    OrganisationProfile full = store.find(id).orElseThrow();
    if (OrganisationProfile.ERASED.equals(full.status())) {
      search.remove(SEARCH_TYPE, Long.toString(id));
      return;
    }
    search.publish(document(full));
  }

  /** The search document of every organisation that is not erased, for a rebuild of the search index. */
  public void searchDocuments(java.util.function.Consumer<SearchDocument> sink) {
    store.allButErased().forEach(o -> sink.accept(document(o)));
  }

  /** How many documents {@link #searchDocuments} gives. */
  public long searchDocumentCount() {
    return store.allButErased().size();
  }

  static SearchDocument document(OrganisationProfile full) {
    OrganisationProfile p = full.seenBy(Audience.VISITOR);
    List<String> tags = new ArrayList<>();
    Map<String, List<String>> facets = new LinkedHashMap<>();
    if (p.segments() != null && !p.segments().isEmpty()) {
      p.segments().forEach(s -> tags.add(s.name()));
      facets.put("segment", p.segments().stream().map(Enum::name).toList());
    }
    if (p.materials() != null && !p.materials().isEmpty()) {
      p.materials().forEach(m -> tags.add(m.label()));
      facets.put("material", p.materials().stream().map(Material::label).toList());
    }
    if (p.country() != null) {
      facets.put("country", List.of(p.country()));
    }
    String body = String.join("\n", nz(p.legalName()), nz(p.city()), nz(p.description())).strip();
    Visibility visibility = full.approved() ? Visibility.everyone() : Visibility.organisation(full.id());
    return new SearchDocument(SEARCH_TYPE, Long.toString(full.id()), full.shortName(), tags, body, "/organisations/" + full.id(),
        visibility, facets, Instant.now());
  }

  // ---------------------------------------------------------------- checks

  /** Checks a profile and returns it cleaned (stripped, VAT number canonical). */
  ProfileChanges check(ProfileChanges c, long exceptId, Problems problems) {
    String legalName = problems.text("legalName", c.legalName(), true, 200);
    String shortName = problems.text("shortName", c.shortName(), true, 80);
    String country = c.country() == null ? "" : c.country().strip().toUpperCase(Locale.ROOT);
    if (country.isEmpty()) {
      problems.add("country", "error.required");
    } else if (!VatIds.isEuCountry(country)) {
      problems.add("country", "error.country");
    }
    String city = problems.text("city", c.city(), false, 100);
    String vat = problems.text("vatId", c.vatId(), false, 20);
    if (!vat.isEmpty() && !problems.has("country") && !problems.has("vatId")) {
      Optional<String> canonical = VatIds.normalise(country, vat);
      if (canonical.isEmpty()) {
        problems.add("vatId", "error.vat.format", country, VatIds.example(country));
      } else {
        vat = canonical.get();
      }
    }
    String website = problems.text("website", c.website(), false, 300);
    if (!website.isEmpty() && !problems.has("website") && !isWebAddress(website)) {
      problems.add("website", "error.website");
    }
    if (c.segments().isEmpty()) {
      problems.add("segments", "error.segments");
    }
    String capabilities = problems.text("capabilities", c.capabilities(), false, 2000);
    String description = problems.text("description", c.description(), false, 5000);
    if (!problems.has("legalName") && store.legalNameTaken(legalName, exceptId)) {
      problems.add("legalName", "error.organisation.taken");
    }
    if (!problems.has("shortName") && store.shortNameTaken(shortName, exceptId)) {
      problems.add("shortName", "error.organisation.taken");
    }
    return new ProfileChanges(legalName, shortName, country, city, vat, website, c.segments(), c.materials(), capabilities,
        description, c.visibility());
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = URI.create(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null && uri.getHost().contains(".");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String changed(OrganisationProfile before, ProfileChanges after) {
    List<String> fields = new ArrayList<>();
    ProfileChanges old = ProfileChanges.of(before);
    if (!old.legalName().equals(after.legalName())) fields.add("legal name");
    if (!old.shortName().equals(after.shortName())) fields.add("short name");
    if (!old.country().equals(after.country())) fields.add("country");
    if (!old.city().equals(after.city())) fields.add("city");
    if (!old.vatId().equals(after.vatId())) fields.add("VAT ID");
    if (!old.website().equals(after.website())) fields.add("website");
    if (!old.segments().equals(after.segments())) fields.add("segments");
    if (!old.materials().equals(after.materials())) fields.add("materials");
    if (!old.capabilities().equals(after.capabilities())) fields.add("capabilities");
    if (!old.description().equals(after.description())) fields.add("description");
    if (!old.visibility().equals(after.visibility())) fields.add("visibility");
    return fields.isEmpty() ? "no changes" : String.join(", ", fields);
  }

  void requireAdminOf(long organisationId) {
    CurrentUser user = currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    boolean admin = user.hasRole(Roles.ORG_ADMIN) && user.organisationId() == organisationId;
    if (!admin && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException("only the organisation's admins and staff change it");
    }
  }

  private void requireStaff() {
    if (!currentPerson.isStaff()) {
      throw new AccessDeniedException("staff only");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
