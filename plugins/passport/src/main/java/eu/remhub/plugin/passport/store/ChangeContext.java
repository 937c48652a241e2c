package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Status;
import eu.remhub.portal.api.PluginContext;
import java.time.Instant;
import java.util.Locale;

/**
 * What every passport change works with: the passport it changes, looked up or refused, the check
 * that the caller may manage it and that it may still change, the chain advance that refuses a
 * racing change, the operator shown in search, and the clock at stored precision.
 */
final class ChangeContext {

  private final PluginContext context;
  private final PassportRepository repository;
  private final AccessPolicy policy;

  ChangeContext(PluginContext context, PassportRepository repository, AccessPolicy policy) {
    this.context = context;
    this.repository = repository;
    this.policy = policy;
  }

  void advance(PassportRow passport, int seq, String hash, Instant now) {
    if (!repository.advanceChain(passport.id(), passport.chainLength(), seq, hash, now)) {
      throw new PassportStateException(
          "Passport " + passport.id() + " changed meanwhile; try again");
    }
  }

  PassportRow editable(Viewer viewer, long passportId) {
    PassportRow passport = require(passportId);
    requireManage(viewer, passport.operatorOrganisationId());
    if (passport.status() == Status.WITHDRAWN || passport.status() == Status.SUPERSEDED) {
      throw new PassportStateException(
          "Passport "
              + passportId
              + " is "
              + passport.status().name().toLowerCase(Locale.ROOT)
              + " and can no longer change");
    }
    return passport;
  }

  PassportRow require(long passportId) {
    return repository.find(passportId).orElseThrow(() -> new PassportNotFoundException(passportId));
  }

  void requireManage(Viewer viewer, long operatorOrganisationId) {
    if (!policy.mayManage(viewer, operatorOrganisationId)) {
      throw new PassportAccessDeniedException(
          "Only people of the responsible organisation who hold "
              + AccessPolicy.MANAGE
              + ", and hub staff, may change its passports");
    }
  }

  OperatorInfo operator(PassportRow passport) {
    return OperatorInfo.of(
        passport.operatorOrganisationId(),
        context.organisations().find(passport.operatorOrganisationId()));
  }

  Instant now() {
    return Times.stored(context.clock().instant());
  }

  static String target(long passportId) {
    return "passport:" + passportId;
  }
}
