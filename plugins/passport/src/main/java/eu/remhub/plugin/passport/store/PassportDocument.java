package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.CarbonFootprint;
import eu.remhub.plugin.passport.model.DocumentRef;
import eu.remhub.plugin.passport.model.Granularity;
import eu.remhub.plugin.passport.model.HostProduct;
import eu.remhub.plugin.passport.model.Identifier;
import eu.remhub.plugin.passport.model.Magnet;
import eu.remhub.plugin.passport.model.Origin;
import eu.remhub.plugin.passport.model.Predecessor;
import eu.remhub.plugin.passport.model.RecycledShare;
import eu.remhub.plugin.passport.model.Status;
import eu.remhub.plugin.passport.model.Tier;
import java.time.Instant;
import java.util.List;

/**
 * A passport as one reader may see it: what the page shows and the API answers. Fields beyond the
 * reader's tier are {@code null} (and left out of JSON); {@link PassportDocuments} builds it, so
 * that no page or endpoint filters on its own.
 *
 * @param id the passport id
 * @param digitalLink the Digital Link path, such as {@code /01/04012345000017/10/B7}
 * @param identifier the identifier's parts
 * @param granularity model, batch or item
 * @param status the status of what is shown
 * @param statusNote why it was withdrawn or what superseded it
 * @param version the version shown
 * @param publishedAt when that version was published, {@code null} for a draft
 * @param successorId the successor passport, if superseded by one
 * @param operator the responsible operator
 * @param tier the tier this document was filtered for
 * @param hostProduct the product the magnets sit in
 * @param magnets the magnets; mass, count, location and composition from legitimate interest on
 * @param recycledContent recycled shares per element
 * @param carbonFootprint the footprint; its value from legitimate interest on, its class for all
 * @param predecessors magnets these were made from
 * @param origins origins per value-chain stage (legitimate interest)
 * @param removalInstructions how to reach and remove the magnets (legitimate interest)
 * @param documents documents (owner and authorities)
 * @param events chain-of-custody events, fields per tier
 * @param chain whether the hash chain verifies
 * @param versions the version history (owner and authorities)
 * @param accessLog the latest restricted reads (owner and authorities)
 */
public record PassportDocument(
    long id,
    String digitalLink,
    Identifier identifier,
    Granularity granularity,
    Status status,
    String statusNote,
    int version,
    Instant publishedAt,
    Long successorId,
    OperatorInfo operator,
    Tier tier,
    HostProduct hostProduct,
    List<Magnet> magnets,
    List<RecycledShare> recycledContent,
    CarbonFootprint carbonFootprint,
    List<Predecessor> predecessors,
    List<Origin> origins,
    String removalInstructions,
    List<DocumentRef> documents,
    List<EventEntry> events,
    ChainCheck chain,
    List<VersionInfo> versions,
    List<AccessEntry> accessLog) {}
