package eu.remhub.portal.mail;

import java.util.Optional;

/**
 * Where a person's mail goes. The member feature knows people and implements this, so that the
 * outbox can mail a person by id without depending on member.
 */
@FunctionalInterface
public interface MailAddresses {

  /** The address of a person, if there is such a person. */
  Optional<String> addressOf(long personId);
}
