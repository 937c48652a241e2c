package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.CustodyEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashes that make a passport's history tamper-evident. Each published version and each event
 * is an entry; its hash covers the previous entry's hash and the entry's own content, so a change
 * to any stored entry breaks every hash after it.
 *
 * <p>The hashed text is built field by field, each as {@code name=length:value}, rather than from a
 * JSON serialiser, so that a library update can never change what a stored hash covers.
 */
public final class HashChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  /**
   * The hash of a published version.
   *
   * @param prevHash the hash of the entry before
   * @param passportId the passport
   * @param seq the entry's place in the chain
   * @param versionNo the version number
   * @param publishedAt when it was published
   * @param document the version's document exactly as stored
   * @return the hash, 64 hex digits
   */
  public static String versionHash(
      String prevHash,
      long passportId,
      int seq,
      int versionNo,
      Instant publishedAt,
      String document) {
    StringBuilder text = new StringBuilder();
    field(text, "kind", "version");
    field(text, "prev", prevHash);
    field(text, "passport", Long.toString(passportId));
    field(text, "seq", Integer.toString(seq));
    field(text, "version", Integer.toString(versionNo));
    field(text, "publishedAt", publishedAt.toString());
    field(text, "document", document);
    return sha256(text.toString());
  }

  /**
   * The hash of an event.
   *
   * @param prevHash the hash of the entry before
   * @param passportId the passport
   * @param seq the entry's place in the chain
   * @param event the event
   * @param recordedAt when it was recorded
   * @return the hash, 64 hex digits
   */
  public static String eventHash(
      String prevHash, long passportId, int seq, CustodyEvent event, Instant recordedAt) {
    StringBuilder text = new StringBuilder();
    field(text, "kind", "event");
    field(text, "prev", prevHash);
    field(text, "passport", Long.toString(passportId));
    field(text, "seq", Integer.toString(seq));
    field(text, "type", event.type().name());
    field(text, "occurredAt", event.occurredAt().toString());
    field(text, "country", event.country());
    field(text, "place", event.place());
    field(text, "actor", event.actor());
    field(text, "note", event.note());
    field(text, "inputs", String.join("\n", event.inputs()));
    field(text, "recordedAt", recordedAt.toString());
    return sha256(text.toString());
  }

  /**
   * The SHA-256 of a text, as hex.
   *
   * @param text the text, taken as UTF-8
   * @return 64 hex digits
   */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
  }
}
