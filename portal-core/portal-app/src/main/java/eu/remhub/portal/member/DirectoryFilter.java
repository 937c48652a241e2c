package eu.remhub.portal.member;

/**
 * What the member directory is filtered by; null means any. A filter applies to an organisation
 * only where the person asking may see the filtered field, so a hidden country never gives an
 * organisation away.
 *
 * @param country ISO code
 * @param segment a value-chain segment
 * @param material a material or magnet family
 * @param text words in the short name, or the legal name where visible
 */
public record DirectoryFilter(
    String country, ValueChainSegment segment, Material material, String text) {

  public static DirectoryFilter none() {
    return new DirectoryFilter(null, null, null, null);
  }
}
