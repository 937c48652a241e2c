package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.security.CurrentPerson;
import eu.remhub.portal.security.GrantedPluginRoles;
import eu.remhub.portal.security.PortalUserDetails;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads people for sign-in, with the plugin roles granted to them. */
@Service
class PortalUserDetailsService implements UserDetailsService {

  private final MemberRepository members;
  private final ObjectProvider<GrantedPluginRoles> pluginRoles;

  PortalUserDetailsService(
      MemberRepository members, ObjectProvider<GrantedPluginRoles> pluginRoles) {
    this.members = members;
    this.pluginRoles = pluginRoles;
  }

  private Set<String> rolesOf(Person p) {
    GrantedPluginRoles grants = pluginRoles.getIfAvailable();
    return grants == null ? p.roles() : CurrentPerson.withPluginRoles(p.roles(), grants.of(p.id()));
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
                        rolesOf(p),
                        Locale.forLanguageTag(p.locale())),
                    p.passwordHash(),
                    p.maySignIn()))
        .orElseThrow(() -> new UsernameNotFoundException("no such person"));
  }
}
