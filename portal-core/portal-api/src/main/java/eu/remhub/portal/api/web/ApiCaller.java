package eu.remhub.portal.api.web;

import eu.remhub.portal.api.CurrentUser;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Who is calling an endpoint: a signed-in person, an organisation through one of its API tokens, or
 * a visitor (both empty).
 *
 * @param person the signed-in person, if the call carries a session or basic credentials
 * @param tokenOrganisationId the organisation whose API token the call carries, or 0
 * @param tokenName the name the organisation gave the token, or empty
 * @since 1.0.0
 */
public record ApiCaller(Optional<CurrentUser> person, long tokenOrganisationId, String tokenName) {

  /** Normalises empty values. */
  public ApiCaller {
    person = person == null ? Optional.empty() : person;
    tokenName = tokenName == null ? "" : tokenName;
  }

  /**
   * The organisation the call acts for: the token's, or the signed-in person's.
   *
   * @return the organisation id, or empty for visitors and staff without one
   */
  public OptionalLong organisation() {
    if (tokenOrganisationId > 0) {
      return OptionalLong.of(tokenOrganisationId);
    }
    return person.map(CurrentUser::organisation).orElse(OptionalLong.empty());
  }

  /**
   * Whether nobody is signed in and no token was given.
   *
   * @return true for a visitor
   */
  public boolean anonymous() {
    return person.isEmpty() && tokenOrganisationId <= 0;
  }
}
