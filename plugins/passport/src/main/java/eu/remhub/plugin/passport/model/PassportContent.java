package eu.remhub.plugin.passport.model;

import java.util.List;

/**
 * What an owner writes in a passport version; identity and status are kept apart, since they do not
 * change from one version to the next.
 *
 * @param hostProduct the product the magnets sit in
 * @param magnets the magnets
 * @param recycledContent recycled shares per element
 * @param origins where each value-chain stage took place
 * @param carbonFootprint the carbon footprint, or {@code null}
 * @param removalInstructions steps, tools and technologies to reach and safely remove the magnets
 * @param documents documents behind the passport
 * @param predecessors magnets these were made from
 */
public record PassportContent(
    HostProduct hostProduct,
    List<Magnet> magnets,
    List<RecycledShare> recycledContent,
    List<Origin> origins,
    CarbonFootprint carbonFootprint,
    String removalInstructions,
    List<DocumentRef> documents,
    List<Predecessor> predecessors) {

  /** Missing lists become empty ones. */
  public PassportContent {
    magnets = magnets == null ? List.of() : List.copyOf(magnets);
    recycledContent = recycledContent == null ? List.of() : List.copyOf(recycledContent);
    origins = origins == null ? List.of() : List.copyOf(origins);
    removalInstructions = removalInstructions == null ? "" : removalInstructions;
    documents = documents == null ? List.of() : List.copyOf(documents);
    predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
  }

  /**
   * The materials of the magnets, each once, in order of appearance.
   *
   * @return such as {@code [NdFeB]}
   */
  public List<String> materials() {
    return magnets.stream()
        .filter(magnet -> magnet.family() != null)
        .map(magnet -> magnet.family().material())
        .distinct()
        .toList();
  }
}
