package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.security.CurrentPerson;
import java.util.Comparator;
import java.util.List;

/**
 * The home page: what the hub is, then the {@link HomeSection}s of the features (its members in
 * figures, the widgets of enabled plugins).
 */
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

  public HomeView(List<HomeSection> sections, CurrentPerson currentPerson) {
    addClassName("remhub-page");
    add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
    var user = currentPerson.get();
    sections.stream()
        .sorted(Comparator.comparingInt(HomeSection::order))
        .forEach(section -> section.create(user).forEach(this::add));
  }

  @Override
  public String getPageTitle() {
    return "REMHub";
  }
}
