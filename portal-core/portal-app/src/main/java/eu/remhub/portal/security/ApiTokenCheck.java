package eu.remhub.portal.security;

import java.util.Optional;

/**
 * Tells the owner of a presented API token. The member feature issues and stores tokens and
 * implements this; security only asks, so that the dependency points from member to security.
 */
public interface ApiTokenCheck {

  /** The owner of a presented token, if it is valid and not revoked. */
  Optional<TokenOwner> authenticate(String token);
}
