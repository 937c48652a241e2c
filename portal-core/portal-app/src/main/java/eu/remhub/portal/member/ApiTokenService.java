package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.member.internal.JdbcApiTokens;
import eu.remhub.portal.security.ApiTokenCheck;
import eu.remhub.portal.security.CurrentPerson;
import eu.remhub.portal.security.TokenOwner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * API tokens of organisations. Organisation admins create, list and revoke their own organisation's
 * tokens (staff any); the token is shown once and only its hash is kept.
 */
@Service
public class ApiTokenService implements ApiTokenCheck {

  /** A token as listed, without its secret. */
  public record ApiToken(
      long id,
      long organisationId,
      String name,
      String hint,
      String createdBy,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  private static final String PREFIX = "rh_";
  private final SecureRandom random = new SecureRandom();
  private final JdbcApiTokens store;
  private final CurrentPerson currentPerson;
  private final AuditService audit;
  private final Clock clock;

  public ApiTokenService(
      JdbcApiTokens store, CurrentPerson currentPerson, AuditService audit, Clock clock) {
    this.store = store;
    this.currentPerson = currentPerson;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a token and returns its secret, which is not stored and cannot be shown again. */
  public String create(long organisationId, String name) {
    CurrentUser user = requireAdminOf(organisationId);
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      throw new IllegalArgumentException(
          "Give the token a name of 1 to 100 characters, such as 'ERP export'.");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    store.insert(
        organisationId,
        clean,
        hash(token),
        token.substring(0, 7) + "…",
        user.email(),
        clock.instant());
    audit.record("api-token.created", "organisation:" + organisationId, clean);
    return token;
  }

  public List<ApiToken> list(long organisationId) {
    requireAdminOf(organisationId);
    return store.ofOrganisation(organisationId);
  }

  public void revoke(long organisationId, long tokenId) {
    requireAdminOf(organisationId);
    if (store.revoke(organisationId, tokenId, clock.instant())) {
      audit.record("api-token.revoked", "organisation:" + organisationId, "token " + tokenId);
    }
  }

  @Override
  public Optional<TokenOwner> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    return store.use(hash(token), clock.instant());
  }

  private CurrentUser requireAdminOf(long organisationId) {
    CurrentUser user =
        currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    boolean admin = user.hasRole(Roles.ORG_ADMIN) && user.organisationId() == organisationId;
    if (!admin && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException("only the organisation's admins manage its API tokens");
    }
    return user;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
