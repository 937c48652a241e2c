package eu.remhub.portal.api.event;

import java.util.Locale;

/**
 * The status of an organisation's membership at its billing provider, as a constant instead of the
 * provider's word in {@link MembershipChanged#status()}. The words are those of the portal's
 * billing (Stripe's subscription statuses; manual billing uses {@code active} and {@code
 * canceled}).
 *
 * @since 1.1.0
 */
public enum MembershipStatus {
  /** Paid up and running ({@code active}). */
  ACTIVE("active"),
  /** In a free trial ({@code trialing}). */
  TRIALING("trialing"),
  /** A payment failed and is being retried ({@code past_due}). */
  PAST_DUE("past_due"),
  /** Payments failed for good; the membership stays but is not paid ({@code unpaid}). */
  UNPAID("unpaid"),
  /** Ended ({@code canceled}). */
  CANCELED("canceled"),
  /** Waiting for the first payment ({@code incomplete}). */
  INCOMPLETE("incomplete"),
  /** The first payment never came ({@code incomplete_expired}). */
  INCOMPLETE_EXPIRED("incomplete_expired"),
  /** Paused by the provider ({@code paused}). */
  PAUSED("paused"),
  /** A word the contract does not know yet; read {@link MembershipChanged#status()} for it. */
  OTHER("");

  private final String word;

  MembershipStatus(String word) {
    this.word = word;
  }

  /**
   * The provider's word for this status.
   *
   * @return the word, such as {@code past_due}; empty for {@link #OTHER}
   */
  public String word() {
    return word;
  }

  /**
   * The status for a provider's word.
   *
   * @param word the word, in any case (also {@code cancelled})
   * @return the status, {@link #OTHER} for an unknown word or {@code null}
   */
  public static MembershipStatus of(String word) {
    if (word == null || word.isBlank()) {
      return OTHER;
    }
    String normal = word.trim().toLowerCase(Locale.ROOT);
    if (normal.equals("cancelled")) {
      return CANCELED;
    }
    for (MembershipStatus status : values()) {
      if (status != OTHER && status.word.equals(normal)) {
        return status;
      }
    }
    return OTHER;
  }
}
