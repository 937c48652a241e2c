package eu.remhub.portal.member.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time tokens sent in mail links: email verification, password reset, invitation. Only a
 * SHA-256 of each is stored; a token works once and only until it expires.
 */
@Repository
public class JdbcMemberTokens {

  public static final String VERIFY_EMAIL = "VERIFY_EMAIL";
  public static final String RESET_PASSWORD = "RESET_PASSWORD";
  public static final String INVITATION = "INVITATION";

  /** A stored token. */
  public record TokenRow(
      long id,
      String purpose,
      String email,
      long personId,
      long organisationId,
      boolean asAdmin,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      Instant usedAt) {}

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;

  public JdbcMemberTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new token and returns it; it is not kept anywhere else. */
  public String create(
      String purpose,
      String email,
      long personId,
      long organisationId,
      boolean asAdmin,
      String createdBy,
      Instant now,
      Duration validity) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "INSERT INTO member_token (token_hash, purpose, email, person_id, organisation_id, as_admin, created_by, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            hash(token),
            purpose,
            email,
            personId > 0 ? personId : null,
            organisationId > 0 ? organisationId : null,
            asAdmin,
            createdBy,
            Timestamp.from(now),
            Timestamp.from(now.plus(validity)))
        .update();
    return token;
  }

  /** A valid token, without using it up. */
  public Optional<TokenRow> peek(String token, String purpose, Instant now) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT * FROM member_token WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?")
        .params(hash(token), purpose, Timestamp.from(now))
        .query(JdbcMemberTokens::row)
        .optional();
  }

  /**
   * Uses a token up and returns it, or empty when it is unknown, used or expired; one caller wins.
   */
  public Optional<TokenRow> consume(String token, String purpose, Instant now) {
    Optional<TokenRow> row = peek(token, purpose, now);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    int won =
        jdbc.sql("UPDATE member_token SET used_at = ? WHERE id = ? AND used_at IS NULL")
            .params(Timestamp.from(now), row.get().id())
            .update();
    return won == 1 ? row : Optional.empty();
  }

  /** Open invitations of an organisation, newest first. */
  public List<TokenRow> openInvitations(long organisationId, Instant now) {
    return jdbc.sql(
            "SELECT * FROM member_token WHERE organisation_id = ? AND purpose = 'INVITATION' AND used_at IS NULL"
                + " AND expires_at > ? ORDER BY id DESC")
        .params(organisationId, Timestamp.from(now))
        .query(JdbcMemberTokens::row)
        .list();
  }

  /** Withdraws the unused tokens of one purpose for an address (a newer one replaces them). */
  public void withdraw(String purpose, String email, long organisationId, Instant now) {
    jdbc.sql(
            "UPDATE member_token SET used_at = ? WHERE purpose = ? AND email = ? AND used_at IS NULL"
                + " AND (organisation_id = ? OR organisation_id IS NULL)")
        .params(Timestamp.from(now), purpose, email, organisationId)
        .update();
  }

  public int revokeInvitation(long id, long organisationId, Instant now) {
    return jdbc.sql(
            "UPDATE member_token SET used_at = ? WHERE id = ? AND organisation_id = ? AND purpose = 'INVITATION' AND used_at IS NULL")
        .params(Timestamp.from(now), id, organisationId)
        .update();
  }

  /** Tokens that concern a person or were sent to their address, for export. */
  public List<TokenRow> ofPerson(long personId, String email) {
    return jdbc.sql("SELECT * FROM member_token WHERE person_id = ? OR email = ? ORDER BY id")
        .params(personId, email)
        .query(JdbcMemberTokens::row)
        .list();
  }

  /** Deletes every token that concerns a person or names their address. */
  public void deleteOfPerson(long personId, String email) {
    jdbc.sql("DELETE FROM member_token WHERE person_id = ? OR email = ?")
        .params(personId, email)
        .update();
    jdbc.sql("UPDATE member_token SET created_by = 'erased' WHERE created_by = ?")
        .param(email)
        .update();
  }

  private static TokenRow row(ResultSet rs, int n) throws SQLException {
    Timestamp used = rs.getTimestamp("used_at");
    return new TokenRow(
        rs.getLong("id"),
        rs.getString("purpose"),
        rs.getString("email"),
        rs.getLong("person_id"),
        rs.getLong("organisation_id"),
        rs.getBoolean("as_admin"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        used == null ? null : used.toInstant());
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
