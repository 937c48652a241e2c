package eu.remhub.plugin.passport.store;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.web.ApiCaller;
import java.util.Optional;

/**
 * Who reads or changes a passport: a visitor, a signed-in person, or an organisation through its
 * API token. Pages and the API both reduce their caller to this, so that one set of rules decides.
 *
 * @param personId the person, or 0
 * @param organisationId the organisation the caller acts for, or 0
 * @param staff whether the caller is hub staff
 * @param channel where the call came from: {@code page} or {@code api}
 */
public record Viewer(long personId, long organisationId, boolean staff, String channel) {

  /**
   * A visitor.
   *
   * @param channel {@code page} or {@code api}
   * @return the viewer
   */
  public static Viewer visitor(String channel) {
    return new Viewer(0, 0, false, channel);
  }

  /**
   * The person signed in to the current UI, or a visitor.
   *
   * @param context the plugin context
   * @return the viewer
   */
  public static Viewer ofPage(PluginContext context) {
    return of(context.currentUser(), "page");
  }

  /**
   * The caller of an API request.
   *
   * @param caller the caller
   * @return the viewer
   */
  public static Viewer ofApi(ApiCaller caller) {
    Viewer person = of(caller.person(), "api");
    if (caller.tokenOrganisationId() > 0) {
      return new Viewer(person.personId(), caller.tokenOrganisationId(), person.staff(), "api");
    }
    return person;
  }

  private static Viewer of(Optional<CurrentUser> user, String channel) {
    return user.map(
            u -> new Viewer(u.personId(), u.organisationId(), u.hasRole(Roles.STAFF), channel))
        .orElseGet(() -> visitor(channel));
  }

  /**
   * Whether nobody is signed in and no token given.
   *
   * @return true for a visitor
   */
  public boolean anonymous() {
    return personId == 0 && organisationId == 0 && !staff;
  }
}
