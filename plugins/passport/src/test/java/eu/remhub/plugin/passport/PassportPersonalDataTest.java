package eu.remhub.plugin.passport;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.plugin.passport.model.EventType;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.store.PassportReader;
import eu.remhub.plugin.passport.store.PassportService;
import eu.remhub.plugin.passport.store.Viewer;
import eu.remhub.portal.testkit.TestPluginContext;
import eu.remhub.portal.testkit.TestPluginContextExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PassportPersonalDataTest {

  @RegisterExtension
  final TestPluginContextExtension plugin =
      TestPluginContextExtension.forPlugin("passport").migrated();

  @Test
  void export_listsWhatThePersonDid_andErasureKeepsTheChainIntact() {
    TestPluginContext context = plugin.context();
    TestData.setUp(context);
    PassportService service = new PassportService(context);
    Viewer owner = TestData.viewer(TestData.OWNER);
    long id =
        service.create(
            owner,
            TestData.MAKER.id(),
            TestData.BATCH,
            Granularity.BATCH,
            TestData.tractionMotor());
    service.publish(owner, id);
    service.recordEvent(owner, id, TestData.event(EventType.SHIP, "2026-02-01T10:00:00Z"));
    new PassportReader(context).read(owner, id);
    PassportPersonalData personalData = new PassportPersonalData(context);

    Map<String, Object> before = personalData.export(TestData.OWNER.personId());
    personalData.erase(TestData.OWNER.personId());

    assertThat(before.values()).allSatisfy(list -> assertThat((List<?>) list).hasSize(1));
    assertThat(personalData.export(TestData.OWNER.personId()).values())
        .allSatisfy(list -> assertThat((List<?>) list).isEmpty());
    assertThat(service.verify(id).intact()).isTrue();
  }
}
