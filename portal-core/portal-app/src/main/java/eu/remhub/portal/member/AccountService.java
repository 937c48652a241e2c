package eu.remhub.portal.member;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.security.AccountSessions;
import eu.remhub.portal.security.CurrentPerson;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own account (name, language, password), and staff's view of all accounts. */
@Service
public class AccountService {

  private final MemberRepository members;
  private final CurrentPerson currentPerson;
  private final PasswordEncoder encoder;
  private final AccountSessions sessions;
  private final AuditService audit;

  AccountService(
      MemberRepository members,
      CurrentPerson currentPerson,
      PasswordEncoder encoder,
      AccountSessions sessions,
      AuditService audit) {
    this.members = members;
    this.currentPerson = currentPerson;
    this.encoder = encoder;
    this.sessions = sessions;
    this.audit = audit;
  }

  /** The signed-in person's account. */
  public Person me() {
    CurrentUser user =
        currentPerson.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    return members
        .findPerson(user.personId())
        .orElseThrow(() -> new AccessDeniedException("no such account"));
  }

  @Transactional
  public void updateMe(String displayName, String locale) {
    Person me = me();
    Problems problems = new Problems();
    String name = problems.text("displayName", displayName, true, 120);
    problems.throwIfAny();
    String language = "it".equals(locale) ? "it" : "en";
    members.updateProfile(me.id(), name, language);
    audit.record("member.profile-updated", "person:" + me.id(), "");
    currentPerson.changedOwnProfile(name, Locale.forLanguageTag(language));
  }

  @Transactional
  public void changePassword(String current, String next) {
    Person me = me();
    Problems problems = new Problems();
    if (current == null || !encoder.matches(current, me.passwordHash())) {
      problems.add("currentPassword", "error.password.wrong");
    }
    problems.password("password", next);
    problems.throwIfAny();
    members.updatePassword(me.id(), encoder.encode(next));
    audit.record("member.password-changed", "person:" + me.id(), "");
  }

  /** Accounts whose address or name contains a text: staff only. */
  public List<Person> search(String text, int offset, int limit) {
    requireStaff();
    return members.search(text, offset, limit);
  }

  /** Staff disable or enable an account; disabling ends all its sessions at once. */
  @Transactional
  public void setEnabled(long personId, boolean enabled) {
    requireStaff();
    Person person =
        members
            .findPerson(personId)
            .filter(p -> p.erasedAt() == null)
            .orElseThrow(() -> new IllegalArgumentException("no account " + personId));
    members.setEnabled(personId, enabled);
    audit.record(
        enabled ? "member.enabled" : "member.disabled", "person:" + personId, person.email());
    if (!enabled) {
      sessions.endAll(personId);
    }
  }

  private void requireStaff() {
    if (!currentPerson.isStaff()) {
      throw new AccessDeniedException("staff only");
    }
  }
}
