package eu.remhub.portal.member;

import eu.remhub.portal.mail.MailAddresses;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the mail outbox the address of a person. */
@Component
class PersonMailAddresses implements MailAddresses {

  private final MemberRepository members;

  PersonMailAddresses(MemberRepository members) {
    this.members = members;
  }

  @Override
  public Optional<String> addressOf(long personId) {
    return members.findPerson(personId).filter(p -> p.erasedAt() == null).map(Person::email);
  }
}
