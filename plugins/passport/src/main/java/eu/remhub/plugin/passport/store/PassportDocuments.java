package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.model.Tier;
import java.util.List;

/**
 * Builds the {@link PassportDocument} a tier may see. The one place that decides which field each
 * tier gets, following the Battery Passport's split: public identity and headline facts; masses,
 * composition, removal and origins for legitimate interest; documents and full history for owners
 * and authorities.
 */
final class PassportDocuments {

  private PassportDocuments() {}

  /** Everything a document is built from. */
  record Source(
      PassportRow passport,
      VersionRow version,
      PassportContent content,
      OperatorInfo operator,
      List<EventRow> events,
      ChainCheck chain,
      List<VersionRow> versions,
      List<AccessEntry> accessLog) {}

  static PassportDocument forTier(Source source, Tier tier) {
    PassportRow passport = source.passport();
    VersionRow version = source.version();
    PassportContent content = source.content();
    boolean legitimate = tier.atLeast(Tier.LEGITIMATE_INTEREST);
    boolean full = tier.full();
    // The passport's own status speaks for the version in force (and for a passport never
    // published).
    boolean inForce =
        version.versionNo() == passport.currentVersion() || passport.currentVersion() == 0;
    Status status = inForce ? passport.status() : version.status();
    return new PassportDocument(
        passport.id(),
        passport.identifier().digitalLinkPath(),
        passport.identifier(),
        passport.granularity(),
        status,
        passport.statusNote().isEmpty() ? null : passport.statusNote(),
        version.versionNo(),
        version.publishedAt(),
        passport.successorId(),
        source.operator(),
        tier,
        content.hostProduct(),
        content.magnets().stream().map(magnet -> legitimate ? magnet : publicPart(magnet)).toList(),
        content.recycledContent(),
        footprint(content.carbonFootprint(), legitimate),
        content.predecessors(),
        legitimate ? content.origins() : null,
        legitimate ? content.removalInstructions() : null,
        full ? content.documents() : null,
        source.events().stream().map(event -> event(event, tier)).toList(),
        source.chain(),
        full ? source.versions().stream().map(PassportDocuments::version).toList() : null,
        full ? source.accessLog() : null);
  }

  private static Magnet publicPart(Magnet magnet) {
    return new Magnet(
        magnet.family(),
        magnet.grade(),
        null,
        null,
        null,
        magnet.coating(),
        magnet.maxWorkingTemperatureC(),
        null);
  }

  private static CarbonFootprint footprint(CarbonFootprint footprint, boolean legitimate) {
    if (footprint == null || legitimate) {
      return footprint;
    }
    return new CarbonFootprint(null, footprint.footprintClass(), footprint.method());
  }

  private static EventEntry event(EventRow row, Tier tier) {
    boolean legitimate = tier.atLeast(Tier.LEGITIMATE_INTEREST);
    boolean full = tier.full();
    return new EventEntry(
        row.chainSeq(),
        row.event().type(),
        row.event().occurredAt(),
        row.event().country(),
        legitimate ? row.event().place() : null,
        legitimate ? row.event().actor() : null,
        legitimate ? row.event().inputs() : null,
        full ? row.event().note() : null,
        full ? row.recordedAt() : null,
        full ? row.entryHash() : null);
  }

  private static VersionInfo version(VersionRow row) {
    return new VersionInfo(
        row.versionNo(), row.status(), row.createdAt(), row.publishedAt(), row.entryHash());
  }
}
