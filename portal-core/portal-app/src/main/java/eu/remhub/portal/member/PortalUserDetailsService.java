package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.security.PortalUserDetails;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads people for sign-in. */
@Service
class PortalUserDetailsService implements UserDetailsService {

  private final MemberRepository members;

  PortalUserDetailsService(MemberRepository members) {
    this.members = members;
  }

  @Override
  public PortalUserDetails loadUserByUsername(String email) {
    return members
        .findPersonByEmail(email.trim())
        .map(
            p ->
                new PortalUserDetails(
                    new CurrentUser(
                        p.id(),
                        p.email(),
                        p.displayName(),
                        p.organisationId(),
                        p.roles(),
                        Locale.forLanguageTag(p.locale())),
                    p.passwordHash(),
                    p.maySignIn()))
        .orElseThrow(() -> new UsernameNotFoundException("no such person"));
  }
}
