package eu.remhub.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The side navigation as the layouts rebuild it. When staff enable or disable a plugin, every open
 * layout rebuilds its menu inside {@code UI.access}, where no HTTP request is current: the core
 * entries must be the same there as during a request.
 */
@PortalIntegrationTest
class NavigationIT extends SpringBrowserlessTest {

  @Autowired Navigation navigation;
  @Autowired Accounts accounts;

  @Test
  void menuBuiltWithoutACurrentRequest_keepsEveryCoreEntry() {
    accounts.signIn(Persona.STAFF);
    navigate(HomeView.class);
    List<String> duringRequest = paths(navigation.visibleItems());

    List<String> withoutRequest = paths(withoutCurrentRequest());

    assertThat(duringRequest).contains("", "organisations", "pricing", "admin/plugins");
    assertThat(withoutRequest).isEqualTo(duringRequest);
  }

  @Test
  void visitorMenu_withoutACurrentRequest_showsOnlyPublicEntries() {
    accounts.signIn(Persona.ANONYMOUS);
    navigate(HomeView.class);

    List<String> withoutRequest = paths(withoutCurrentRequest());

    assertThat(withoutRequest).contains("", "organisations", "pricing");
    assertThat(withoutRequest).doesNotContain("admin/plugins");
  }

  private List<NavItem> withoutCurrentRequest() {
    VaadinRequest request = VaadinRequest.getCurrent();
    CurrentInstance.set(VaadinRequest.class, null);
    try {
      return navigation.visibleItems();
    } finally {
      CurrentInstance.set(VaadinRequest.class, request);
    }
  }

  private static List<String> paths(List<NavItem> items) {
    return items.stream().map(NavItem::path).toList();
  }
}
