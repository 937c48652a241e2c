package eu.remhub.portal.member;

import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.security.ApiTokenCheck;
import eu.remhub.portal.security.CurrentPerson;
import eu.remhub.portal.security.TokenOwner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * API tokens of organisations. Organisation admins create, list and revoke their own
 * organisation's tokens (staff any); the token is shown once and only its hash is kept.
 */
@Service
public class ApiTokenService implements ApiTokenCheck {

  /** A token as listed, without its secret. */
  public record ApiToken(long id, long organisationId, String name, String hint, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  private static final String PREFIX = "rh_";
  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final CurrentPerson currentPerson;
  private final AuditService audit;
  private final Clock clock;

  public ApiTokenService(JdbcClient jdbc, CurrentPerson currentPerson, AuditService audit, Clock clock) {
    this.jdbc = jdbc;
    this.currentPerson = currentPerson;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a token and returns its secret, which is not stored and cannot be shown again. */
  public String create(long organisationId, String name) {
    CurrentUser user = requireAdminOf(organisationId);
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      throw new IllegalArgumentException("Give the token a name of 1 to 100 characters, such as 'ERP export'.");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql("INSERT INTO api_token (organisation_id, name, token_hash, token_hint, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(organisationId, clean, hash(token), token.substring(0, 7) + "…", user.email(), Timestamp.from(clock.instant()))
        .update();
    audit.record("api-token.created", "organisation:" + organisationId, clean);
    return token;
  }

  public List<ApiToken> list(long organisationId) {
    requireAdminOf(organisationId);
    return jdbc.sql("SELECT * FROM api_token WHERE organisation_id = ? ORDER BY id DESC")
        .param(organisationId)
        .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
            rs.getString("token_hint"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
            instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
        .list();
  }

  public void revoke(long organisationId, long tokenId) {
    requireAdminOf(organisationId);
    int changed = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND organisation_id = ? AND revoked_at IS NULL")
        .params(Timestamp.from(clock.instant()), tokenId, organisationId)
        .update();
    if (changed == 1) {
      audit.record("api-token.revoked", "organisation:" + organisationId, "token " + tokenId);
    }
  }

  @Override
  public Optional<TokenOwner> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Optional<TokenOwner> owner = jdbc.sql("SELECT id, organisation_id, name FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
        .param(hash(token))
        .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .optional();
    owner.ifPresent(o -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), o.tokenId()).update());
    return owner;
  }

  private CurrentUser requireAdminOf(long organisationId) {
    CurrentUser user = currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    boolean admin = user.hasRole(Roles.ORG_ADMIN) && user.organisationId() == organisationId;
    if (!admin && !user.hasRole(Roles.STAFF)) {
      throw new AccessDeniedException("only the organisation's admins manage its API tokens");
    }
    return user;
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
