package eu.remhub.portal.member.internal;

import eu.remhub.portal.member.ApiTokenService.ApiToken;
import eu.remhub.portal.security.TokenOwner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table; tokens are stored only as their hash. */
@Repository
public class JdbcApiTokens {

  private final JdbcClient jdbc;

  public JdbcApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(
      long organisationId,
      String name,
      String tokenHash,
      String hint,
      String createdBy,
      Instant at) {
    jdbc.sql(
            "INSERT INTO api_token (organisation_id, name, token_hash, token_hint, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(organisationId, name, tokenHash, hint, createdBy, Timestamp.from(at))
        .update();
  }

  /** An organisation's tokens, newest first. */
  public List<ApiToken> ofOrganisation(long organisationId) {
    return jdbc.sql("SELECT * FROM api_token WHERE organisation_id = ? ORDER BY id DESC")
        .param(organisationId)
        .query(
            (rs, n) ->
                new ApiToken(
                    rs.getLong("id"),
                    rs.getLong("organisation_id"),
                    rs.getString("name"),
                    rs.getString("token_hint"),
                    rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant(),
                    instant(rs.getTimestamp("last_used_at")),
                    instant(rs.getTimestamp("revoked_at"))))
        .list();
  }

  /** Revokes a token of an organisation; false when there is no such live token. */
  public boolean revoke(long organisationId, long tokenId, Instant at) {
    return jdbc.sql(
                "UPDATE api_token SET revoked_at = ? WHERE id = ? AND organisation_id = ? AND revoked_at IS NULL")
            .params(Timestamp.from(at), tokenId, organisationId)
            .update()
        == 1;
  }

  /** The owner of a live token with this hash, noting that it was used. */
  public Optional<TokenOwner> use(String tokenHash, Instant at) {
    Optional<TokenOwner> owner =
        jdbc.sql(
                "SELECT id, organisation_id, name FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
            .param(tokenHash)
            .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .optional();
    owner.ifPresent(
        o ->
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(at), o.tokenId())
                .update());
    return owner;
  }

  /**
   * A token as a person's data export lists it: its name and ISO times (revoked: empty when live).
   */
  public record CreatedToken(String name, String createdAt, String revokedAt) {}

  /** The tokens a person created, oldest first. */
  public List<CreatedToken> createdBy(String email) {
    return jdbc.sql(
            "SELECT name, created_at, revoked_at FROM api_token WHERE created_by = ? ORDER BY id")
        .param(email)
        .query(
            (rs, n) ->
                new CreatedToken(
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant().toString(),
                    rs.getTimestamp(3) == null ? "" : rs.getTimestamp(3).toInstant().toString()))
        .list();
  }

  /** Replaces the creator's address on every token a person created (erasure). */
  public void replaceCreator(String email, String replacement) {
    jdbc.sql("UPDATE api_token SET created_by = ? WHERE created_by = ?")
        .params(replacement, email)
        .update();
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
