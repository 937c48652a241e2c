package eu.remhub.plugin.passport.io;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.CustodyEvent;
import eu.remhub.plugin.passport.model.DocumentRef;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.PassportContent;
import eu.remhub.plugin.passport.model.Predecessor;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Status;
import java.util.List;

/**
 * A passport document as the API and imports take it: the shape that {@code GET} answers and
 * exports write, so that what comes out can go back in. Read-only fields (id, version, hashes) are
 * ignored.
 *
 * @param reference a name for the passport within one import, so that events can point to it
 * @param identifier the Digital Link identifier
 * @param granularity model, batch or item
 * @param status {@code PUBLISHED} to publish at once; otherwise it stays a draft
 * @param statusNote why it was withdrawn, when importing a withdrawn passport
 * @param operator the responsible organisation; only staff may name another than their own
 * @param hostProduct the product
 * @param magnets the magnets
 * @param recycledContent recycled shares
 * @param origins origins
 * @param carbonFootprint the footprint
 * @param removalInstructions removal steps
 * @param documents documents
 * @param predecessors predecessors
 * @param events chain-of-custody events to record with it
 */
public record PassportInput(
    String reference,
    Identifier identifier,
    Granularity granularity,
    Status status,
    String statusNote,
    OperatorRef operator,
    HostProduct hostProduct,
    List<Magnet> magnets,
    List<RecycledShare> recycledContent,
    List<Origin> origins,
    CarbonFootprint carbonFootprint,
    String removalInstructions,
    List<DocumentRef> documents,
    List<Predecessor> predecessors,
    List<CustodyEvent> events) {

  /**
   * The responsible organisation, by id.
   *
   * @param organisationId the organisation id
   */
  public record OperatorRef(Long organisationId) {}

  /**
   * The content of the passport's first version.
   *
   * @return the content
   */
  public PassportContent content() {
    return new PassportContent(
        hostProduct,
        magnets,
        recycledContent,
        origins,
        carbonFootprint,
        removalInstructions,
        documents,
        predecessors);
  }

  /**
   * The events, never {@code null}.
   *
   * @return the events
   */
  public List<CustodyEvent> eventList() {
    return events == null ? List.of() : events;
  }
}
