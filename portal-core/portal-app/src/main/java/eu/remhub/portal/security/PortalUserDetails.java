package eu.remhub.portal.security;

import eu.remhub.portal.api.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person as Spring Security holds them. */
public record PortalUserDetails(CurrentUser user, String passwordHash, boolean enabled)
    implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> authorities =
        user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.email();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
