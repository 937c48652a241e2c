package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page a signed-in person sees on a page that is not for them (HTTP 403), such as a member on a
 * staff page, inside the portal's layout with the ways back. Visitors are sent to sign in instead.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div
    implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

  public AccessDeniedView() {
    addClassNames("remhub-page", "remhub-error-page");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> error) {
    removeAll();
    String path = "/" + event.getLocation().getPath();
    add(
        new H1(getTranslation("error.denied.title")),
        new Paragraph(getTranslation("error.denied.text", path)),
        WaysBack.create(this));
    return HttpServletResponse.SC_FORBIDDEN;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("error.denied.title");
  }
}
