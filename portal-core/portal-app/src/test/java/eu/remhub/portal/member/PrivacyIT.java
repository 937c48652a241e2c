package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.plugin.PluginService;
import eu.remhub.portal.testkit.PluginJarBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * GDPR export and erasure: the core's data and a real plugin's (through the contract hook), by the
 * person or by staff, all in the audit log.
 */
@PortalIntegrationTest
@Tag("database")
class PrivacyIT {

  @Autowired PrivacyService privacy;
  @Autowired PeopleService people;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations store;
  @Autowired PasswordEncoder encoder;
  @Autowired PluginService plugins;
  @Autowired Accounts accounts;
  @Autowired AuditService audit;
  @Autowired MailOutbox mail;
  @Autowired JdbcClient jdbc;
  @Autowired AuthenticationProvider authentication;

  MemberFixtures fixtures;

  /** A plugin that keeps notes about people and takes part in export and erasure. */
  static Path notesPlugin() throws IOException {
    String pkg = "com.example.pdata";
    Path folder = Files.createDirectories(Path.of("target", "test-plugins", "pdata"));
    return PluginJarBuilder.plugin("pdata", "1.0.0")
        .requires(">=1.0.0 & <2.0.0")
        .pluginClass(pkg + ".NotesPlugin")
        .source(
            pkg + ".NotesPlugin",
            """
            package com.example.pdata;
            import eu.remhub.portal.api.*;
            public class NotesPlugin extends PortalPlugin {
              public NotesPlugin(PluginContext context) { super(context); }
            }
            """)
        .source(
            pkg + ".NotesData",
            """
            package com.example.pdata;
            import eu.remhub.portal.api.PluginContext;
            import eu.remhub.portal.api.extension.PersonalDataContributor;
            import java.util.*;
            import org.pf4j.Extension;
            @Extension
            public class NotesData implements PersonalDataContributor {
              private final PluginContext context;
              public NotesData(PluginContext context) { this.context = context; }
              public String id() { return "notes"; }
              public Map<String, Object> export(long personId) {
                return Map.of("notes", context.jdbc().query("SELECT note FROM pdata_note WHERE person_id = ?", r -> r.getString(1), personId));
              }
              public void erase(long personId) {
                context.jdbc().update("DELETE FROM pdata_note WHERE person_id = ?", personId);
              }
            }
            """)
        .resource(
            "db/migration/pdata/V1__notes.sql",
            "CREATE TABLE pdata_note (person_id BIGINT NOT NULL, note VARCHAR(200) NOT NULL);")
        .build(folder);
  }

  @BeforeEach
  void notesPluginIsEnabled() throws IOException {
    fixtures = new MemberFixtures(members, store, encoder);
    accounts.signIn(Persona.STAFF);
    try (InputStream in = Files.newInputStream(notesPlugin())) {
      plugins.upload("pdata-1.0.0.jar", in);
    }
    assertThat(plugins.enable("pdata")).isTrue();
    MemberFixtures.signOut();
  }

  @AfterEach
  void removeNotesPlugin() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("pdata").isPresent()) {
      plugins.uninstall("pdata", true);
    }
    MemberFixtures.signOut();
  }

  private void note(long personId, String text) {
    jdbc.sql("INSERT INTO pdata_note (person_id, note) VALUES (?, ?)")
        .params(personId, text)
        .update();
  }

  @Test
  @SuppressWarnings("unchecked")
  void personExportsTheirData_coreAndPlugins_asJson() throws Exception {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    note(org.memberId(), "prefers SmCo samples");
    fixtures.signIn(org.memberId());

    Map<String, Object> data = privacy.export(org.memberId());

    assertThat((Map<String, Object>) data.get("account"))
        .containsEntry("email", org.memberEmail())
        .containsEntry("emailVerified", true);
    assertThat((Map<String, Object>) data.get("organisation"))
        .containsEntry("shortName", org.shortName())
        .containsEntry("admin", false);
    Map<String, Object> fromPlugins = (Map<String, Object>) data.get("plugins");
    assertThat(fromPlugins).containsKey("pdata");
    assertThat(
            ((Map<String, Map<String, Object>>) fromPlugins.get("pdata")).get("notes").get("notes"))
        .isEqualTo(List.of("prefers SmCo samples"));
    var json = JsonMapper.builder().build().readTree(privacy.exportJson(org.memberId()));
    assertThat(json.at("/account/email").asString()).isEqualTo(org.memberEmail());
    assertThat(json.at("/plugins/pdata/notes/notes/0").asString())
        .isEqualTo("prefers SmCo samples");
    assertThat(audit.latest(0, 5))
        .anyMatch(
            e ->
                e.action().equals("privacy.exported")
                    && e.target().equals("person:" + org.memberId())
                    && e.detail().equals("by the person"));
  }

  @Test
  void personErasesTheirAccount_everywhere_andTheOrganisationKeepsAnAdmin() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    note(org.adminId(), "met at the Dresden workshop");
    fixtures.signIn(org.adminId());
    people.invite(org.id(), "colleague-of-" + org.adminId() + "@it.example", false);
    assertThat(audit.concerning(org.adminEmail(), "person:" + org.adminId())).isNotEmpty();
    String name = members.findPerson(org.adminId()).orElseThrow().displayName();

    privacy.erase(org.adminId());

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ? OR body LIKE ?")
                .params("%" + name + "%", "%" + name + "%")
                .query(Long.class)
                .single())
        .as("the name in mail to others, such as the invitation")
        .isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?")
                .param("%" + name + "%")
                .query(Long.class)
                .single())
        .isZero();

    Person erased = members.findPerson(org.adminId()).orElseThrow();
    assertThat(erased.email()).isEqualTo("erased-" + org.adminId() + "@erased.invalid");
    assertThat(erased.displayName()).isEqualTo("Erased person");
    assertThat(erased.organisationId()).isZero();
    assertThat(erased.erasedAt()).isNotNull();
    assertThat(members.findPersonByEmail(org.adminEmail())).isEmpty();
    assertThatThrownBy(
            () ->
                authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(
                        org.adminEmail(), MemberFixtures.PASSWORD)))
        .isInstanceOf(AuthenticationException.class);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM pdata_note WHERE person_id = ?")
                .param(org.adminId())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = ? OR detail LIKE ?")
                .params(org.adminEmail(), "%" + org.adminEmail() + "%")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(mail.to(org.adminEmail(), 10)).isEmpty();
    assertThat(members.findPerson(org.memberId()).orElseThrow().roles())
        .as("the organisation keeps an admin")
        .contains(Roles.ORG_ADMIN);
    assertThat(audit.latest(0, 5))
        .anyMatch(
            e ->
                e.action().equals("privacy.erased")
                    && e.target().equals("person:" + org.adminId())
                    && e.actor().equals("erased-person-" + org.adminId())
                    && e.detail().startsWith("by the person"));
  }

  @Test
  void lastPersonErased_erasesTheOrganisation_andItsSearchDocument() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    people.remove(org.id(), org.memberId());

    privacy.erase(org.adminId());

    OrganisationProfile gone = store.find(org.id()).orElseThrow();
    assertThat(gone.status()).isEqualTo(OrganisationProfile.ERASED);
    assertThat(gone.legalName()).doesNotContain(org.shortName());
    assertThat(
            jdbc.sql(
                    "SELECT operation FROM index_outbox WHERE doc_type = 'organisation' AND doc_id = ? ORDER BY id DESC LIMIT 1")
                .param(Long.toString(org.id()))
                .query(String.class)
                .single())
        .isEqualTo("DELETE");
  }

  @Test
  void staffExportAndEraseOnRequest_othersMayNot() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    note(org.memberId(), "asked for erasure by letter");
    fixtures.signIn(org.adminId());
    assertThatThrownBy(() -> privacy.export(org.memberId()))
        .as("not even their admin")
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

    accounts.signIn(Persona.STAFF);
    assertThat(privacy.export(org.memberId())).containsKey("plugins");
    privacy.erase(org.memberId());

    assertThat(members.findPerson(org.memberId()).orElseThrow().erasedAt()).isNotNull();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM pdata_note WHERE person_id = ?")
                .param(org.memberId())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(audit.latest(0, 5))
        .anyMatch(
            e ->
                e.action().equals("privacy.erased")
                    && e.actor().equals("staff@it.example")
                    && e.detail().startsWith("by staff on request"));
    assertThat(audit.latest(0, 10))
        .anyMatch(
            e -> e.action().equals("privacy.exported") && e.detail().equals("by staff on request"));
  }
}
