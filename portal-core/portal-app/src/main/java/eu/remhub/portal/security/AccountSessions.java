package eu.remhub.portal.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account at once, for a disabled, removed or erased person. Spring
 * Security's {@link SessionRegistry} knows which sessions belong to whom; expiring them there
 * refuses their next request. That is not enough for an open tab whose push connection no longer
 * passes the filters, so the HTTP session itself is invalidated too, which closes its Vaadin UIs.
 */
@Component
public class AccountSessions implements HttpSessionListener, HttpSessionIdListener {

  private final SessionRegistry registry;
  private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

  public AccountSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    live.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    live.remove(oldSessionId);
    live.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    live.remove(event.getSession().getId());
    registry.removeSessionInformation(event.getSession().getId());
  }

  /** Ends all sessions of a person; returns how many there were. */
  public int endAll(long personId) {
    int ended = 0;
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof PortalUserDetails details && details.user().personId() == personId) {
        for (SessionInformation info : registry.getAllSessions(principal, true)) {
          info.expireNow();
          HttpSession session = live.remove(info.getSessionId());
          if (session != null) {
            try {
              session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
              // ended meanwhile
            }
          }
          registry.removeSessionInformation(info.getSessionId());
          ended++;
        }
      }
    }
    return ended;
  }

  /** How many sessions a person has open (for tests and staff views). */
  public int count(long personId) {
    int count = 0;
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof PortalUserDetails details && details.user().personId() == personId) {
        count += registry.getAllSessions(principal, false).size();
      }
    }
    return count;
  }
}
