package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one page for an address that leads nowhere (HTTP 404): an unknown path, a record that does
 * not exist, the page of a plugin that is disabled. Inside the portal's layout, for everyone, with
 * the ways back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  private static final String ROUTER_MESSAGE = "Couldn't find route for";

  public NotFoundView() {
    addClassNames("remhub-page", "remhub-error-page");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    removeAll();
    String path = "/" + event.getLocation().getPath();
    // A view that did not find its record says which, already translated; the router's own
    // message for an unknown path ("Couldn't find route for ...") is for developers: say it in
    // the person's language instead.
    String text =
        error.hasCustomMessage() && !error.getCustomMessage().startsWith(ROUTER_MESSAGE)
            ? error.getCustomMessage()
            : getTranslation("error.notfound.text", path);
    add(new H1(getTranslation("error.notfound.title")), new Paragraph(text), WaysBack.create(this));
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("error.notfound.title");
  }
}
